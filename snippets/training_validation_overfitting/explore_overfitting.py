import matplotlib.pyplot as plt
import torch
from plotting import COLORS, explorable, plot_fit
from thermometer import (
    flat_start,
    polynomial,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)

# The degree-8 run of the chapter, one epoch per call, so that we can keep the
# coefficients at the start of every epoch: where its two losses were measured.
coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
snapshots, train_losses, val_losses = [], [], []
for _ in range(1000):
    snapshots.append(coeffs.detach().clone())
    train_loss, val_loss = training_loop_with_validation(
        1, optimizer, polynomial, [coeffs],
        train_t_un, train_t_c, val_t_un, val_t_c,
    )  # fmt: skip
    train_losses += train_loss
    val_losses += val_loss
best = min(range(1000), key=val_losses.__getitem__) + 1  # an epoch, from 1
epochs = sorted({1, 10, 25, 50, 100, 150, 200, 300, 500, 700, 1000, best})

fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 3.6))
plot_fit(left, snapshots[-1], "degree 8", color=COLORS[3])
curve = left.lines[0]
left.set_xlim(left.get_xlim())
left.legend(loc="upper left")
right.plot(range(1, 1001), train_losses, color=COLORS[0], label="training loss")
right.plot(range(1, 1001), val_losses, color=COLORS[1], label="validation loss")
cursor = right.axvline(1, color=COLORS[3], linewidth=1)
marks = right.plot([1, 1], [1, 1], "o", color=COLORS[3])[0]
right.set(xlabel="epoch", ylabel="loss (log scale)", yscale="log", xlim=(0, 1000))
right.legend(loc="upper right")


def draw(index):
    """The polynomial at the start of one epoch, and that epoch's two losses."""
    epoch = epochs[index]
    with torch.no_grad():
        curve.set_ydata(
            polynomial(torch.tensor(curve.get_xdata()), snapshots[epoch - 1])
        )
    train, val = train_losses[epoch - 1], val_losses[epoch - 1]
    cursor.set_xdata([epoch, epoch])
    marks.set_data([epoch, epoch], [train, val])
    said = f"Epoch {epoch}: training loss {train:.3g}, validation loss {val:.3g}. "
    if epoch < best:
        said += f"Both are still falling; validation is lowest at epoch {best}."
    elif epoch == best:
        said += "Validation is at its lowest: from here on the model memorises."
    else:
        fallen, grown = 1 - train / train_losses[best - 1], val / val_losses[best - 1]
        said += (
            f"Memorising: since epoch {best} the training loss has fallen "
            f"{fallen:.0%} more, and the validation loss has grown ×{grown:.3g}."
        )
    alt = (
        f"Left: the degree-8 polynomial at epoch {epoch}, over the 9 training and "
        f"2 validation readings. Right: the two losses over 1000 epochs, with "
        f"epoch {epoch} marked. {said}"
    )
    return alt, said


controls = [("Epoch", "range", [(f"{e}", f"epoch {e}") for e in epochs])]
explorable(fig, "explore-overfitting", controls, [curve, cursor, marks], draw,
           (epochs.index(best),))  # fmt: skip
