import torch
from thermometer import loss_fn, model, t_c, t_u

# The prediction, from the gradient at w = 1, b = 0 at the top of the page.
params = torch.tensor([1.0, 0.0], requires_grad=True)
loss_fn(model(t_u, *params), t_c).backward()
dw, db = params.grad.tolist()
predicted_used_twice = dw + db  # both uses send a gradient back, and they add up
predicted_detached = dw  # a detached use sends nothing back
print(f"predicted:        {predicted_used_twice:.4f} and {predicted_detached:.4f}")

w = torch.tensor(1.0, requires_grad=True)
loss_fn(model(t_u, w, w - 1), t_c).backward()  # slope w, intercept w - 1
used_twice = w.grad.item()
w = torch.tensor(1.0, requires_grad=True)
loss_fn(model(t_u, w, w.detach() - 1), t_c).backward()
detached = w.grad.item()
print(f"w.grad, the runs: {used_twice:.4f} and {detached:.4f}")
