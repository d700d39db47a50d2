"""Write down your prediction first. Then compute them at
`t_u = torch.tensor([100.0, 150.0, 300.0])`, inputs scaled by 0.1 as in
training: the line `least_squares(train_t_un, train_t_c, 1)` through
`polynomial`, and the networks `train_network(torch.nn.ReLU)` and
`train_network(torch.nn.Tanh)` (the first of the three things each returns).
Keep the three predictions of each in `predictions`, a dict keyed "line",
"ReLU" and "Tanh"."""

predictions = ...  # {"line": ..., "ReLU": ..., "Tanh": ...}, each 3 values

# ─── check ───
# Checks your predictions against its own: the best line through the training
# readings, in closed form, and the two networks trained again.
assert predictions is not ..., "Set predictions to each model's three predictions."
assert sorted(predictions) == ["ReLU", "Tanh", "line"], (
    f"predictions has the keys {sorted(predictions)}: use line, ReLU and Tanh."
)
far = torch.tensor([100.0, 150.0, 300.0], dtype=torch.float64)
u, c = 10 * train_t_un.double(), train_t_c.double()  # t_u, and °C
per_unit = ((u - u.mean()) * (c - c.mean())).sum() / ((u - u.mean()) ** 2).sum()
expected = {"line": c.mean() + per_unit * (far - u.mean())}
for activation in [torch.nn.ReLU, torch.nn.Tanh]:
    with torch.random.fork_rng():  # leaves your random state as it was
        trained = train_network(activation)[0]
    expected[activation.__name__] = trained(0.1 * far.float().unsqueeze(1)).detach()
how = {"line": "polynomial(0.1 * t_u, least_squares(train_t_un, train_t_c, 1))",
       "ReLU": "train_network(torch.nn.ReLU)[0] on 0.1 * t_u as a column",
       "Tanh": "train_network(torch.nn.Tanh)[0] on 0.1 * t_u as a column"}  # fmt: skip
rises = {}
for name, want in expected.items():
    got = torch.as_tensor(predictions[name], dtype=torch.float64).detach().flatten()
    assert len(got) == 3, f"Give 3 predictions for {name}, at t_u 100, 150 and 300."
    want = want.double().flatten()
    ratio = (got[2] - got[0]) / (want[2] - want[0])
    assert not 8 < ratio < 12, (
        f"{name}'s predictions rise about ten times as fast as they should: scale"
        " t_u by 0.1 before you predict, as the readings were in training."
    )
    off = (got - want).abs().max()
    assert torch.allclose(got, want, rtol=1e-3, atol=0.01), (
        f"{name}'s predictions are up to {off:.2f} °C from what {how[name]} gives."
    )
    rises[name] = got[2] - got[1]
print(
    f"Right: from t_u 150 to 300 the line rises {rises['line']:.1f} °C, the ReLU"
    f" network {rises['ReLU']:.1f} °C, and the Tanh one {rises['Tanh']:.3f} °C."
)

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # network(), not train_network(): untrained
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "predictions = {k: network(8, a)(0.1 * t[:, None]).detach() for k, a in "
    "[('ReLU', torch.nn.ReLU), ('Tanh', torch.nn.Tanh)]}\n"
    "predictions['line'] = polynomial(0.1 * t, least_squares(train_t_un, "
    "train_t_c, 1))": "ReLU's predictions are up to",
    # the true conversion, not the fitted line
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, "
    "torch.nn.Tanh]))\n"
    "predictions = {k: n[0](0.1 * t[:, None]).detach() for k, n in nets}\n"
    "predictions['line'] = (t - 32) * 5 / 9": "line's predictions are up to",
    # t_u itself through the line, not 0.1 * t_u: 1545 °C at t_u = 300
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, torch.nn.Tanh]))\n"
    "predictions = {k: n[0](0.1 * t[:, None]).detach() for k, n in nets}\n"
    "predictions['line'] = polynomial(t, least_squares(train_t_un, train_t_c, 1))": (
        "ten times as fast"
    ),
    # the networks on t_u itself
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, torch.nn.Tanh]))\n"
    "predictions = {k: n[0](t[:, None]).detach() for k, n in nets}\n"
    "fit = least_squares(train_t_un, train_t_c, 1)\n"
    "predictions['line'] = polynomial(0.1 * t, fit)": ("ten times as fast"),
    # the coefficients read as (b, w), without polynomial's (t - 5) / 3
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, torch.nn.Tanh]))\n"
    "predictions = {k: n[0](0.1 * t[:, None]).detach() for k, n in nets}\n"
    "c0, c1 = least_squares(train_t_un, train_t_c, 1)\n"
    "predictions['line'] = c0 + c1 * 0.1 * t": "line's predictions are up to",
}
RIGHT = [
    # lists, not tensors; the networks' outputs as they come, a [3, 1] column
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, torch.nn.Tanh]))\n"
    "predictions = {k: n[0](0.1 * t[:, None]) for k, n in nets}\n"
    "line_coeffs = least_squares(train_t_un, train_t_c, 1)\n"
    "predictions['line'] = polynomial(0.1 * t, line_coeffs).tolist()",
    "t = torch.tensor([100.0, 150.0, 300.0])\n"
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, torch.nn.Tanh]))\n"
    "predictions = {k: n[0](0.1 * t[:, None]).squeeze(1).tolist() for k, n in nets}\n"
    "fit = least_squares(train_t_un, train_t_c, 1)\n"
    "predictions['line'] = polynomial(0.1 * t, fit)",
    # the line per raw unit
    "nets = zip(['ReLU', 'Tanh'], map(train_network, [torch.nn.ReLU, "
    "torch.nn.Tanh]))\n"
    "predictions = {k: [n[0](torch.tensor([[0.1 * v]])) for v in (100.0, 150.0, "
    "300.0)] for k, n in nets}\n"
    "A = torch.stack([10 * train_t_un, torch.ones(9)], 1)\n"
    "w, b = torch.linalg.lstsq(A, train_t_c[:, None]).solution.flatten()\n"
    "predictions['line'] = w * torch.tensor([100.0, 150.0, 300.0]) + b",
]
