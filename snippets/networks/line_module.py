import torch
from thermometer import t_c, t_un


class Line(torch.nn.Module):
    def __init__(self):
        super().__init__()  # sets up the bookkeeping of parameters
        self.w = torch.nn.Parameter(torch.tensor(1.0))  # a Parameter attribute
        self.b = torch.nn.Parameter(torch.tensor(0.0))  # is registered as one

    def forward(self, t_u):
        return self.w * t_u + self.b


line = Line()
for name, param in line.named_parameters():
    print(f"{name}: {param.item()}, requires_grad={param.requires_grad}")

optimizer = torch.optim.SGD(line.parameters(), lr=1e-2)
loss = torch.nn.MSELoss()(line(t_un), t_c)  # line(t_un) calls forward(t_un)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(f"after one step: w = {line.w.item():.4f}, b = {line.b.item():.4f}")
