"""Build the network, train it on `train_t_un_column` and `train_t_c_column`
with `training_loop_nn` (Adam, `lr=0.1`, 200 epochs, after
`torch.manual_seed(0)`), and keep it in `net`. Then multiply the two layers
out: `output.weight @ hidden.weight` is one weight."""

net = ...  # nn.Sequential(nn.Linear(1, 8), nn.Linear(8, 1)), trained

# ─── check ───
# Checks your net: run it after your cell.
assert net is not ..., "Set net to your trained network."
with torch.no_grad():
    out = net(torch.linspace(0.0, 10.0, 11).unsqueeze(1)).squeeze(1)
    fitted = loss_fn(net(train_t_un_column), train_t_c_column).item()
bends = (out[2:] - 2 * out[1:-1] + out[:-2]).abs().max().item()
assert bends < 1e-3, f"net bends (by {bends:.4f}): it has an activation somewhere"
floor = loss_fn(polynomial(train_t_un, least_squares(train_t_un, train_t_c, 1)),
                train_t_c).item()  # fmt: skip
assert fitted < floor + 0.05, (
    f"net's training loss is {fitted:.4f}; the best line's is {floor:.4f}: train longer"
)
print(f"net is a straight line, and as good as the best one ({fitted:.4f}).")
