import torch
from thermometer import epochs_to_reach, loss_fn, loss_hessian, model, t_c, t_u, t_un

adam_epochs = {}
for name, inputs in [("t_u", t_u), ("t_un", t_un)]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.Adam([params], lr=1e-1)
    adam_epochs[name] = epochs_to_reach(2.93, optimizer, params, inputs, t_c)
    print(f"Adam lr 1e-1 on {name:4}: loss < 2.93 after {adam_epochs[name]} epochs")

# Plain SGD on t_u just below its edge, lr = 3.3e-4, takes too long to run here.
# But the loss is quadratic: along each eigenvector of H the distance to the
# minimum shrinks by (1 - lr λ) per step, and the loss lies ½ λ distance² above
# the minimum. So we count the epochs instead, in double precision.
lr, H = 3.3e-4, loss_hessian(t_u, t_c)
A = torch.stack([t_u, torch.ones_like(t_u)], 1).double()
best = torch.linalg.lstsq(A, t_c.double()[:, None]).solution[:, 0]
min_loss = loss_fn(model(t_u.double(), *best), t_c.double())
eigenvalues, eigenvectors = torch.linalg.eigh(H)
distance = eigenvectors.T @ (torch.tensor([1.0, 0.0]).double() - best)
updates = torch.arange(200_000).unsqueeze(1)  # updates made before each epoch
shrunk = distance * (1 - lr * eigenvalues) ** updates
losses = min_loss + (eigenvalues * shrunk**2).sum(dim=1) / 2
sgd_epochs = (losses < 2.93).nonzero()[0].item() + 1
print(f"SGD  lr 3.3e-4 on t_u : loss < 2.93 after {sgd_epochs} epochs,", end=" ")
print(f"{sgd_epochs / adam_epochs['t_u']:.0f} times Adam's")
