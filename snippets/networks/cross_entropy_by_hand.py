import torch

logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 1.0, 0.5]])  # 2 readings, 3 classes
labels = torch.tensor([0, 2])  # the right class of each reading
probabilities = logits.softmax(dim=1)  # exp(logit) / sum of exp(logits), by row
print("probabilities:", probabilities, sep="\n")
right = probabilities[torch.arange(2), labels]  # each row's right-class probability
print("probability of the right class:", right)
print("minus the mean of their logs:", -right.log().mean())
print("nn.CrossEntropyLoss:         ", torch.nn.CrossEntropyLoss()(logits, labels))
