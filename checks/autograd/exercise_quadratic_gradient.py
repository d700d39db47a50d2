"""Start from `params = torch.tensor([0.5, 1.0, 0.0], requires_grad=True)`
(`w2`, `w1`, `b`) on `t_un`. For the gradient by hand, `dloss_fn` gives
d loss/d t_p; multiply it by d t_p/d parameter (`t_un**2`, `t_un`, 1) and sum
over the readings. Put the three sums, as one tensor, in `by_hand`."""

by_hand = ...  # the gradient of the loss by the chain rule: [d/dw2, d/dw1, d/db]

# ─── check ───
# Checks your by_hand against autograd's gradient: run it after your cell.
assert by_hand is not ..., "Set by_hand to your gradient: three numbers."
start = torch.tensor([0.5, 1.0, 0.0], requires_grad=True)
loss_fn(start[0] * t_un**2 + start[1] * t_un + start[2], t_c).backward()
got = torch.as_tensor(by_hand, dtype=torch.float32).detach().flatten()
assert got.shape == (3,), (
    f"by_hand has {got.numel()} numbers: it needs three, d/dw2, d/dw1 and d/db,"
    " each a sum over the readings."
)
ratios = got / start.grad
off = [f"{name} is {ratio:.3g} times autograd's"
       for name, ratio in zip(["d/dw2", "d/dw1", "d/db"], ratios)
       if abs(ratio - 1) > 1e-4]  # fmt: skip
assert not off, (
    f"At w2 = 0.5, w1 = 1, b = 0, by_hand's {', '.join(off)}. If all are off by"
    " one factor, look at d loss/d t_p (dloss_fn) and at the sum over the"
    " readings; if not, at d t_p/d parameter: t_un**2, t_un and 1, on t_un."
)
print("Your chain rule agrees with autograd:", got)

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # the 2 of the square forgotten
    "d = (0.5 * t_un**2 + t_un - t_c) / len(t_c)\n"
    "by_hand = torch.stack([(d * t_un**2).sum(), "
    "(d * t_un).sum(), d.sum()])": "d/dw2 is 0.5 times",
    # the factors of w2 and w1 swapped
    "d = dloss_fn(0.5 * t_un**2 + t_un, t_c)\n"
    "by_hand = torch.stack([(d * t_un).sum(), "
    "(d * t_un**2).sum(), d.sum()])": "d t_p/d parameter",
    # averaged over the readings instead of summed: the mean is in dloss_fn
    "d = dloss_fn(0.5 * t_un**2 + t_un, t_c)\n"
    "by_hand = torch.stack([(d * t_un**2).mean(), (d * t_un).mean(), d.mean()])": (
        "d/dw2 is 0.0909 times autograd's, d/dw1 is 0.0909"
    ),
    # t_u, not t_un
    "d = dloss_fn(0.5 * t_u**2 + t_u, t_c)\n"
    "by_hand = torch.stack([(d * t_u**2).sum(), (d * t_u).sum(), d.sum()])": (
        "by_hand's d/dw2 is"
    ),
    # no sum: a row of eleven per parameter
    "d = dloss_fn(0.5 * t_un**2 + t_un, t_c)\n"
    "by_hand = torch.stack([d * t_un**2, d * t_un, d])": "by_hand has 33 numbers",
}
RIGHT = [
    # a list of 0-d tensors, t_p not detached
    "params = torch.tensor([0.5, 1.0, 0.0], requires_grad=True)\n"
    "d = dloss_fn(params[0] * t_un**2 + params[1] * t_un + params[2], t_c)\n"
    "by_hand = [(d * t_un**2).sum(), (d * t_un).sum(), d.sum()]",
    # in double precision, as a column
    "x, c = t_un.double(), t_c.double(); d = 2 * (0.5 * x**2 + x - c) / len(x)\n"
    "by_hand = torch.stack([(d * x**2).sum(), (d * x).sum(), d.sum()]).unsqueeze(1)",
    "X = torch.stack([t_un**2, t_un, torch.ones_like(t_un)], dim=1)\n"
    "by_hand = X.T @ dloss_fn(X @ torch.tensor([0.5, 1.0, 0.0]), t_c)",
]
