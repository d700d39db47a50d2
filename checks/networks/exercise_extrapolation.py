"""Write down your prediction first. Then compute them at
`t_u = torch.tensor([100.0, 150.0, 300.0])`, inputs scaled by 0.1 as in
training: the line `least_squares(train_t_un, train_t_c, 1)` through
`polynomial`, and the networks `train_network(torch.nn.ReLU)` and
`train_network(torch.nn.Tanh)` (the first of the three things each returns).
Keep the three predictions of each in `predictions`, a dict keyed "line",
"ReLU" and "Tanh"."""

predictions = ...  # {"line": ..., "ReLU": ..., "Tanh": ...}, each 3 values

# ─── check ───
# Checks your predictions: run it after your cell.
assert predictions is not ..., "Set predictions to each model's three predictions."
assert sorted(predictions) == ["ReLU", "Tanh", "line"], (
    f"predictions has the keys {sorted(predictions)}: use line, ReLU and Tanh."
)
line, relu, tanh = (predictions[k].flatten() for k in ["line", "ReLU", "Tanh"])
assert all(len(p) == 3 for p in (line, relu, tanh)), "Give 3 predictions each."
per_degree = (line[1:] - line[:-1]) / torch.tensor([50.0, 150.0])
assert torch.allclose(per_degree[0], per_degree[1], rtol=1e-3), (
    "The line's predictions do not rise by the same amount per degree."
)
assert per_degree[0] > 0.4, "The line should rise about 0.5 °C per unit of t_u."
assert relu[2] - relu[1] > 10, "Past its last bend the ReLU network should rise."
assert abs(tanh[2] - tanh[1]) < abs(relu[2] - relu[1]) / 5, (
    "The Tanh network should level off far from the readings."
)
print("Right: the line and the ReLU network go on rising; the Tanh one levels off.")
