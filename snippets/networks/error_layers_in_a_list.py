import torch


class Network(torch.nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.layers = layers  # a plain list hides its modules from nn.Module

    def forward(self, t_u):
        for layer in self.layers:
            t_u = layer(t_u)
        return t_u


torch.manual_seed(0)
layers = [torch.nn.Linear(1, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1)]
print("layers in a list:", list(Network(layers).parameters()))
try:
    torch.optim.Adam(Network(layers).parameters(), lr=0.1)
except ValueError as error:
    print(f"ValueError: {error}")
fixed = Network(torch.nn.ModuleList(layers))  # a list that registers its modules
n_params = sum(param.numel() for param in fixed.parameters())
print("in an nn.ModuleList:", n_params, "parameters")
