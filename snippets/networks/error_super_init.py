import torch


class Network(torch.nn.Module):
    def __init__(self, n_hidden):  # no super().__init__() call
        self.hidden = torch.nn.Linear(1, n_hidden)
        self.output = torch.nn.Linear(n_hidden, 1)


try:
    Network(8)
except AttributeError as error:
    print(f"AttributeError: {error}")
