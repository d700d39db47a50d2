"""Build the network, train it on `train_t_un_column` and `train_t_c_column`
with `training_loop_nn` (Adam, `lr=0.1`, 200 epochs, after
`torch.manual_seed(0)`), and keep it in `net`. Then multiply the two layers
out: `output.weight @ hidden.weight` is one weight."""

net = ...  # nn.Sequential(nn.Linear(1, 8), nn.Linear(8, 1)), trained

# ─── check ───
# Checks your net against the best lines through the readings, in closed form:
# run it after your cell.
assert net is not ..., "Set net to your trained network."
assert isinstance(net, torch.nn.Module), "net should be the network itself."
shapes = [(m.in_features, m.out_features)
          for m in net.modules() if isinstance(m, torch.nn.Linear)]  # fmt: skip
assert shapes == [(1, 8), (8, 1)], (
    f"net's Linear layers (inputs, outputs) are {shapes}: the exercise's network"
    " has two, nn.Linear(1, 8) then nn.Linear(8, 1), and nothing that bends"
    " between them."
)
mse = torch.nn.MSELoss()
with torch.no_grad():
    out = net(torch.linspace(0.0, 10.0, 11).unsqueeze(1)).squeeze(1)
    fitted = mse(net(train_t_un_column), train_t_c_column).item()
    fitted_all = mse(net(t_un.unsqueeze(1)).squeeze(1), t_c).item()
assert out.isfinite().all(), "net gives nan or inf: its training diverged."
bends = (out[2:] - 2 * out[1:-1] + out[:-2]).abs().max().item()
assert bends < 1e-3, f"net bends (by {bends:.4f}): it has an activation somewhere"
flat = (out[-1] - out[0]).abs().item() < 1  # rises less than 1 °C from 0 to 10
assert not (flat and abs(out[0] - train_t_c.mean()) < 1), (
    f"net is flat at {out[0]:.1f} °C, the targets' mean, with a loss of {fitted:.1f}:"
    " what it learns from targets of shape [9], predictions [9, 1] (see Common"
    " errors). Train on train_t_c_column."
)
best = {n: mse(polynomial(u, least_squares(u, c, 1)), c).item()
        for n, u, c in [(9, train_t_un, train_t_c), (11, t_un, t_c)]}  # fmt: skip
assert not (fitted > best[9] + 0.05 and fitted_all < best[11] + 0.05), (
    "net is the best line through all eleven readings: train it on the nine"
    " training ones, train_t_un_column and train_t_c_column."
)
assert fitted < best[9] + 0.05, (
    f"net's training loss is {fitted:.4f}; the best line's is {best[9]:.4f}: train"
    " it as the hint says (Adam, lr=0.1, 200 epochs), or longer."
)
print(f"net is a straight line, and as good as the best one ({fitted:.4f}).")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # one layer: the line, not the 1-8-1
    "torch.manual_seed(0); net = torch.nn.Linear(1, 1)\n"
    "training_loop_nn(2000, torch.optim.Adam(net.parameters(), lr=0.1), net, "
    "torch.nn.MSELoss(), train_t_un_column, train_t_c_column)": "Linear(1, 8)",
    # not trained
    "torch.manual_seed(0); net = torch.nn.Sequential(torch.nn.Linear(1, 8), "
    "torch.nn.Linear(8, 1))": "train it as the hint says",
    # targets of shape [9]: broadcast against [9, 1], the best is a flat line
    "torch.manual_seed(0); net = torch.nn.Sequential(torch.nn.Linear(1, 8),"
    " torch.nn.Linear(8, 1))\n"
    "training_loop_nn(200, torch.optim.Adam(net.parameters(), lr=0.1), net,"
    " torch.nn.MSELoss(), train_t_un_column, train_t_c)": "shape [9]",
    "torch.manual_seed(0); net = network(8)\n"
    "training_loop_nn(200, torch.optim.Adam(net.parameters(), lr=0.1), net,"
    " torch.nn.MSELoss(), train_t_un_column, train_t_c_column)": "activation",
    "torch.manual_seed(0); net = torch.nn.Sequential(torch.nn.Linear(1, 8),"
    " torch.nn.Linear(8, 1))\n"
    "training_loop_nn(200, torch.optim.Adam(net.parameters(), lr=0.1), net,"
    " torch.nn.MSELoss(), t_un.unsqueeze(1), t_c.unsqueeze(1))": "all eleven",
    "torch.manual_seed(0); net = torch.nn.Sequential(torch.nn.Linear(1, 8),"
    " torch.nn.Linear(8, 1))\n"
    "training_loop_nn(200, torch.optim.SGD(net.parameters(), lr=1e-3), net,"
    " torch.nn.MSELoss(), train_t_un_column, train_t_c_column)": "or longer",
}
RIGHT = [
    # another start, and the chapter's first loss_fn instead of nn.MSELoss
    "torch.manual_seed(1); net = torch.nn.Sequential(torch.nn.Linear(1, 8),"
    " torch.nn.Linear(8, 1))\n"
    "training_loop_nn(300, torch.optim.Adam(net.parameters(), lr=0.1), net,"
    " lambda p, c: ((p - c) ** 2).mean(), train_t_un_column, train_t_c_column)",
    "torch.manual_seed(0); net = torch.nn.Sequential(torch.nn.Linear(1, 8), "
    "torch.nn.Identity(), torch.nn.Linear(8, 1))\n"
    "training_loop_nn(200, torch.optim.Adam(net.parameters(), lr=0.1), net, "
    "torch.nn.MSELoss(), train_t_un_column, train_t_c_column)",
]
