import torch
from thermometer import t_c, t_un, training_loop_nn

mild = ((t_c >= 10) & (t_c < 20)).long()  # 1: from 10 to 20 °C, 0: colder or warmer
inputs = t_un.unsqueeze(1)
never_mild = (mild == 0).sum().item()
print(f"always answering 'not mild': {never_mild} of {len(mild)} right")
torch.manual_seed(0)
linear = torch.nn.Linear(1, 2)  # two logits: "not mild" and "mild"
hidden = torch.nn.Sequential(
    torch.nn.Linear(1, 8), torch.nn.Tanh(), torch.nn.Linear(8, 2)
)
for name, classifier in [("nn.Linear(1, 2)", linear), ("1-8-2 Tanh", hidden)]:
    optimizer = torch.optim.Adam(classifier.parameters(), lr=0.1)
    loss_fn = torch.nn.CrossEntropyLoss()
    losses = training_loop_nn(200, optimizer, classifier, loss_fn, inputs, mild)
    right = (classifier(inputs).argmax(dim=1) == mild).sum().item()
    print(f"{name:15}  loss {losses[-1]:.4f}, {right} of {len(mild)} right")
