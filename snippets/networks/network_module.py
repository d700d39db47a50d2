import torch


class Network(torch.nn.Module):
    def __init__(self, n_hidden):
        super().__init__()
        self.hidden = torch.nn.Linear(1, n_hidden)  # a module attribute is
        self.activation = torch.nn.Tanh()  # registered as a submodule, and
        self.output = torch.nn.Linear(n_hidden, 1)  # its parameters as ours

    def forward(self, t_u):
        return self.output(self.activation(self.hidden(t_u)))


torch.manual_seed(0)  # nn.Linear draws its starting parameters at random
net = Network(n_hidden=8)
print("name           shape    numbers")
for name, param in net.named_parameters():
    print(f"{name:14} {tuple(param.shape)!s:7} {param.numel():8}")
print("in all:", sum(param.numel() for param in net.parameters()))
