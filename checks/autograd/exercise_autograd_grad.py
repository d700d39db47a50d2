"""`torch.autograd.grad(loss, params)` returns a tuple with one gradient per
input. Call it on the loss of `model(t_u, *params)` at `w = 1`, `b = 0`, keep
the gradient in `grad`, and look at `params.grad` afterwards."""

grad = ...  # the gradient that torch.autograd.grad returned

# ─── check ───
# Checks your grad against the gradient by hand: run it after your cell.
assert grad is not ..., "Set grad to what torch.autograd.grad returned."
# the tuple autograd.grad returns, or a tensor, list or array: all its numbers
parts = grad if isinstance(grad, (tuple, list)) else [grad]
got = torch.cat([torch.as_tensor(g, dtype=torch.float32).reshape(-1) for g in parts])
assert len(got) == 2, (
    f"grad has {len(got)} number{'s' * (len(got) != 1)}: it needs two, d loss/dw"
    " and d loss/db. Ask torch.autograd.grad for the gradient of both."
)
expected = grad_by_hand(t_u, t_c, model(t_u, 1.0, 0.0), 1.0, 0.0)
on_t_un = grad_by_hand(t_un, t_c, model(t_un, 1.0, 0.0), 1.0, 0.0)
assert not torch.allclose(got, on_t_un, rtol=1e-4), (
    "grad is the gradient on t_un: the exercise asks for the one on t_u."
)
ratios = got / expected
assert torch.allclose(got, expected, rtol=1e-4), (
    f"grad is not the gradient at w = 1, b = 0 on t_u: its d/dw is {ratios[0]:.3g}"
    f" times that, its d/db {ratios[1]:.3g} times. Did you take it at another"
    " point, or add up more than one call?"
)
print("grad is the gradient at w = 1, b = 0:", got)

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # only w asked for
    "w = torch.tensor(1.0, requires_grad=True); b = torch.tensor(0.0)\n"
    "grad = torch.autograd.grad(loss_fn(model(t_u, w, b), t_c), w)": (
        "grad has 1 number: it needs two"
    ),
    # the sum, not the mean
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "grad = torch.autograd.grad(((model(t_u, *p) - t_c) ** 2).sum(), p)": (
        "its d/dw is 11 times"
    ),
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "grad = torch.autograd.grad(loss_fn(model(t_un, *p), t_c), p)": "on t_un",
    # two calls added up, as if autograd.grad accumulated like backward()
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "grad = [torch.autograd.grad(loss_fn(model(t_u, *p), t_c), p)[0] for _ in '12']\n"
    "grad = grad[0] + grad[1]": "its d/dw is 2 times that",
    # after one step of gradient descent
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "p = (p - 1e-4 * torch.autograd.grad(loss_fn(model(t_u, *p), t_c), p)[0])\n"
    "grad = torch.autograd.grad(loss_fn(model(t_u, *p), t_c), p)": "another point",
}
RIGHT = [
    # the tensor in the tuple, as a list
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "grad = torch.autograd.grad(loss_fn(model(t_u, *p), t_c), p)[0].tolist()",
    # two leaves: a tuple of two 0-d tensors
    "w = torch.tensor(1.0, requires_grad=True)\n"
    "b = torch.tensor(0.0, requires_grad=True)\n"
    "grad = torch.autograd.grad(loss_fn(model(t_u, w, b), t_c), (w, b))",
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "grad = torch.autograd.grad(loss_fn(model(t_u, *p), t_c), [p])[0].numpy()",
]
