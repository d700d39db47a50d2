import torch
from thermometer import network


def same(net_a, net_b):
    return all(
        torch.equal(a, b) for a, b in zip(net_a.parameters(), net_b.parameters())
    )


print("two networks, no seed: same start?", same(network(8), network(8)))
torch.manual_seed(0)
first = network(8)
torch.manual_seed(0)  # the generator rewound: it draws the same numbers again
print("two networks, seed 0 before each: same start?", same(first, network(8)))
