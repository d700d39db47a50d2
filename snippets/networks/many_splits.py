import torch
from thermometer import least_squares, loss_fn, network, polynomial, t_c, t_un

n_splits, generator = 12, torch.Generator().manual_seed(0)
orders = torch.stack([torch.randperm(11, generator=generator) for _ in range(n_splits)])
train, val = orders[:, :9], orders[:, 9:]  # 9 readings to train on, 2 to validate
val_losses = {"line": []}
for s in range(n_splits):
    line = least_squares(t_un[train[s]], t_c[train[s]], 1)
    val_losses["line"].append(loss_fn(polynomial(t_un[val[s]], line), t_c[val[s]]))


def predict(params, act, t):  # t: [splits, readings]; a row of params per split
    w, b, v, c = (p.unsqueeze(1) for p in params)  # [splits, 1, units]
    return (act(w * t.unsqueeze(-1) + b) * v).sum(-1) + c.squeeze(-1)


for activation in [torch.nn.Tanh, torch.nn.ReLU]:
    torch.manual_seed(0)  # each split starts from train_network's network
    net = network(8, activation)
    w, b, v, c = (p.detach().flatten().repeat(n_splits, 1) for p in net.parameters())
    params = [p.requires_grad_() for p in (w, b, v, c)]
    optimizer = torch.optim.Adam(params, lr=0.05)  # per element: as if apart
    for _ in range(200):
        t_p = predict(params, activation(), t_un[train])
        loss = ((t_p - t_c[train]) ** 2).mean(1).sum()  # each split's own loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        t_p = predict(params, activation(), t_un[val])
        val_losses[f"{activation.__name__} network"] = ((t_p - t_c[val]) ** 2).mean(1)

print(f"validation loss over {n_splits} splits:   mean  median  worst")
for name, losses in val_losses.items():
    losses = torch.as_tensor(losses)
    print(f"{name:12} {losses.mean():21.2f} {losses.median():7.2f} {losses.max():6.2f}")
