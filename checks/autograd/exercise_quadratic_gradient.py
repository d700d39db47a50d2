"""Start from `params = torch.tensor([0.5, 1.0, 0.0], requires_grad=True)`
(`w2`, `w1`, `b`) on `t_un`. For the gradient by hand, `dloss_fn` gives
d loss/d t_p; multiply it by d t_p/d parameter (`t_un**2`, `t_un`, 1) and sum
over the readings. Put the three sums, as one tensor, in `by_hand`."""

by_hand = ...  # the gradient of the loss by the chain rule: [d/dw2, d/dw1, d/db]

# ─── check ───
# Checks your by_hand: run it after your cell.
assert by_hand is not ..., "Set by_hand to your gradient: three numbers."
start = torch.tensor([0.5, 1.0, 0.0], requires_grad=True)
t_p = start[0] * t_un**2 + start[1] * t_un + start[2]
loss_fn(t_p, t_c).backward()
assert torch.as_tensor(by_hand).shape == (3,), "by_hand needs three numbers"
assert torch.allclose(torch.as_tensor(by_hand), start.grad, rtol=1e-4), (
    f"by_hand is {by_hand}, autograd says {start.grad} at w2 = 0.5, w1 = 1, b = 0"
)
print("Your chain rule agrees with autograd:", start.grad)
