import torch
from thermometer import network, train_t_c_column, train_t_un_column

torch.manual_seed(0)
net = network(8)  # train_network's Tanh network, before training
shapes = {name: param.shape for name, param in net.named_parameters()}
start = torch.cat([param.detach().flatten() for param in net.parameters()])


def loss_at(flat):  # the training loss, as a function of all 25 numbers at once
    params, i = {}, 0
    for name, shape in shapes.items():
        params[name] = flat[i : i + shape.numel()].reshape(shape)
        i += shape.numel()
    t_p = torch.func.functional_call(net, params, (train_t_un_column.double(),))
    return torch.nn.functional.mse_loss(t_p, train_t_c_column.double())


hessian = torch.autograd.functional.hessian(loss_at, start.double())  # 25 x 25
eigenvalues = torch.linalg.eigvalsh(hessian)
print(f"Hessian: {tuple(hessian.shape)}")
print(f"negative eigenvalues: {(eigenvalues < 0).sum().item()} of {len(eigenvalues)}")
print(f"smallest {eigenvalues.min():.1f}, largest {eigenvalues.max():.1f}")
