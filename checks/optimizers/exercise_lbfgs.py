"""Give `torch.optim.LBFGS([params], line_search_fn="strong_wolfe")` a closure
that zeroes the gradient, computes `loss_fn(model(t_u, *params), t_c)`, calls
`backward()` and returns the loss; then call `optimizer.step(closure)` once.
Start from `params = torch.tensor([1.0, 0.0], requires_grad=True)`."""

params = ...  # w and b after LBFGS, on the raw readings t_u

# ─── check ───
# Checks your params against the exact line, by least squares: run it after
# your cell.
assert params is not ..., "Set params to the w and b that LBFGS found."
columns = torch.stack([t_u, torch.ones_like(t_u)], dim=1).double()
exact = torch.linalg.lstsq(columns, t_c.double()[:, None]).solution[:, 0]
lowest_loss = loss_fn(model(t_u.double(), *exact), t_c.double()).item()
if isinstance(params, (int, float, torch.Tensor)):
    assert torch.as_tensor(params).dim() > 0, (
        f"params is one number, {torch.as_tensor(params).item():.4f}: that is the"
        " loss optimizer.step(closure) returns. step() updates the params you gave"
        " LBFGS in place; keep those, not what it returns."
    )
found = torch.stack([torch.as_tensor(v).detach().float() for v in params])
reached = loss_fn(model(t_u, *found), t_c).item()
assert reached < lowest_loss + 1e-3, (
    f"The loss on t_u at params is {reached:.6f}; the least-squares line's is"
    f" {lowest_loss:.6f}: LBFGS has not reached the bottom. Does the closure zero"
    " the gradient and use t_u, and did you call optimizer.step(closure)?"
)
print(f"LBFGS reached the lowest loss, {reached:.6f}, at {found.tolist()}.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "params = torch.tensor([1.0, 0.0], requires_grad=True)  # no step()": (
        "has not reached the bottom"
    ),
    "params = torch.tensor([0.0180, -0.0180])  # no zero_grad() in the closure": (
        "has not reached the bottom"
    ),
    "params = torch.tensor([5.3677, -17.3048])  # fitted to t_un": (
        "has not reached the bottom"
    ),
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "optimizer = torch.optim.LBFGS([params], line_search_fn='strong_wolfe')\n"
    "def closure():\n"
    "    optimizer.zero_grad(); loss = loss_fn(model(t_u, *params), t_c);"
    " loss.backward(); return loss\n"
    "params = optimizer.step(closure)  # what step() returns: the loss": (
        "updates the params you gave LBFGS in place"
    ),
}
RIGHT = [
    "params = [0.5368, -17.3048]",
    "w = torch.tensor(1.0, requires_grad=True)\n"
    "b = torch.tensor(0.0, requires_grad=True)\n"
    "opt = torch.optim.LBFGS([w, b], line_search_fn='strong_wolfe')\n"
    "def closure():\n"
    "    opt.zero_grad(); l = loss_fn(model(t_u, w, b), t_c); l.backward(); return l\n"
    "opt.step(closure)\n"
    "params = (w, b)",
    # without the line search LBFGS reaches the bottom too, here
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "opt = torch.optim.LBFGS([params])\n"
    "def closure():\n"
    "    opt.zero_grad(); l = loss_fn(model(t_u, *params), t_c); l.backward();"
    " return l\n"
    "opt.step(closure)",
]
