import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.LBFGS([params], line_search_fn="strong_wolfe")


def closure():  # LBFGS calls it whenever it needs the loss and gradient somewhere
    optimizer.zero_grad()
    loss = loss_fn(model(t_u, *params), t_c)
    loss.backward()
    return loss


optimizer.step(closure)  # one call runs a whole optimisation (up to max_iter steps)
state = optimizer.state[params]
print(f"{state['n_iter']} iterations, {state['func_evals']} loss evaluations")
print(f"LBFGS:         w = {params[0]:.6f}, b = {params[1]:.6f}, loss {closure():.6f}")

A = torch.stack([t_u, torch.ones_like(t_u)], dim=1).double()
w_exact, b_exact = torch.linalg.lstsq(A, t_c.double()[:, None]).solution[:, 0].tolist()
print(f"least squares: w = {w_exact:.6f}, b = {b_exact:.6f}")
