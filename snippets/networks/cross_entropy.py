import torch
from thermometer import t_c, t_un, training_loop_nn

classes = ["cold", "mild", "warm"]  # below 10 °C, from 10 to 20 °C, 20 °C and above
labels = torch.bucketize(t_c, torch.tensor([10.0, 20.0]), right=True)  # 0, 1 or 2
torch.manual_seed(0)
classifier = torch.nn.Linear(1, 3)  # one score (a logit) per class
cross_entropy = torch.nn.CrossEntropyLoss()  # logits [N, 3], class indices [N]
optimizer = torch.optim.Adam(classifier.parameters(), lr=0.1)
losses = training_loop_nn(
    300, optimizer, classifier, cross_entropy, t_un.unsqueeze(1), labels
)

print(f"loss: {losses[0]:.4f} at epoch 1, {losses[-1]:.4f} at epoch {len(losses)}")
logits = classifier(t_un.unsqueeze(1)).detach()
print("logits of the first three readings:", logits[:3], sep="\n")
probabilities = logits[:3].softmax(dim=1)  # each row: positive, adds up to 1
print("as probabilities (softmax):", probabilities.round(decimals=3), sep="\n")
predicted = logits.argmax(dim=1)  # the class with the highest score
print("labels:   ", [classes[i] for i in labels])
print("predicted:", [classes[i] for i in predicted])
