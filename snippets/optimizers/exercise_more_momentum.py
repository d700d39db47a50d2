import cmath
import itertools

import torch
from thermometer import loss_hessian, t_c, t_un, training_loop_optimizer

eigenvalues = torch.linalg.eigvalsh(loss_hessian(t_un, t_c)).tolist()


def slowest(momentum, lr=1e-2):
    """Along each eigenvector, momentum makes the distance d to the bottom follow
    d_next = (1 + μ - lr λ) d - μ d_before: it shrinks per step by the size of a
    root z of z² = (1 + μ - lr λ) z - μ. The largest of them sets the pace."""
    sizes = []
    for eigenvalue in eigenvalues:
        a = 1 + momentum - lr * eigenvalue
        sizes += [abs(a + s * cmath.sqrt(a * a - 4 * momentum)) / 2 for s in (1, -1)]
    return max(sizes)


print("momentum  epochs to 2.93  epochs the loss rose (of 300)  slowest: × per step")
epochs = {}
for momentum in [0.9, 0.99]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([params], lr=1e-2, momentum=momentum)
    _, losses = training_loop_optimizer(600, optimizer, params, t_un, t_c)
    epochs[momentum] = next(i for i, loss in enumerate(losses, 1) if loss < 2.93)
    rose = sum(after > before for before, after in itertools.pairwise(losses[:300]))
    print(f"{momentum:<8}  {epochs[momentum]:14}  {rose:29}  {slowest(momentum):19.4f}")
