import torch
from thermometer import (
    network,
    train_network,
    train_t_c_column,
    train_t_un_column,
    training_loop_module,
    val_t_c_column,
    val_t_un_column,
)


def flat_ends(net):
    """The share of the hidden units' tanh outputs, on the training readings,
    beyond ±0.99: where tanh is all but flat, and its slope below 0.02."""
    with torch.no_grad():
        return (net[1](net[0](train_t_un_column)).abs() > 0.99).float().mean()


def row(name, lr, net, losses):  # the last 10 epochs: lowest and mean loss
    last = losses[-10:]
    print(f"{name:5}{lr:>7g}{min(last):14.2f}{sum(last) / 10:14.2f}", end="")
    print(f"{flat_ends(net):17.0%}")


torch.manual_seed(0)  # the same start as train_network's Tanh network
print(f"at the start {flat_ends(network(8)):.0%} of the tanh outputs are beyond ±0.99")
print(f"{'200 epochs':12}{'training loss, last 10 epochs':>29}{'tanh outputs':>16}")
print(f"{'lr':>12}{'lowest':>14}{'mean':>14}{'beyond ±0.99':>17}")
sgd_losses = {}
for lr in [1e-4, 1e-3, 3e-3, 1e-2, 3e-2]:
    torch.manual_seed(0)
    net = network(8)
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    losses, _ = training_loop_module(
        200, optimizer, net, torch.nn.MSELoss(),
        train_t_un_column, train_t_c_column, val_t_un_column, val_t_c_column,
    )  # fmt: skip
    sgd_losses[lr] = min(losses[-10:])
    row("SGD", lr, net, losses)
net, losses, _ = train_network(torch.nn.Tanh)
adam = min(losses[-10:])
row("Adam", 0.05, net, losses)
