import matplotlib.pyplot as plt
import torch
from plotting import show
from thermometer import (
    model,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)


def bias_only(t_u, b):
    return b.expand_as(t_u)  # the same prediction, whatever the reading


torch.manual_seed(0)
shuffled_t_c = train_t_c[torch.randperm(9)]  # targets no longer match readings
runs = {  # name: (model, starting parameters, training targets)
    "line": (model, [1.0, 0.0], train_t_c),
    "bias only": (bias_only, [0.0], train_t_c),
    "line, shuffled targets": (model, [1.0, 0.0], shuffled_t_c),
}
fig, ax = plt.subplots(figsize=(6.4, 3.2))
final, curves = {}, {}  # name: (last training, last validation loss); curves
for name, (run_model, start, targets) in runs.items():
    params = torch.tensor(start, requires_grad=True)
    optimizer = torch.optim.SGD([params], lr=1e-2)
    train, val = training_loop_with_validation(
        500, optimizer, run_model, params,
        train_t_un, targets, val_t_un, val_t_c,
    )  # fmt: skip
    final[name], curves[name] = (train[-1], val[-1]), train
    (line,) = ax.plot(train, label=f"{name}: training {train[-1]:.1f}")
    label = f"{name}: validation {val[-1]:.1f}"
    ax.plot(val, "--", color=line.get_color(), label=label)
variance = train_t_c.var(unbiased=False)  # the best a constant can do
label = f"variance of training t_c: {variance:.1f}"
ax.axhline(variance, linestyle=":", color="gray", label=label)
bias_only = curves["bias only"]  # the first epoch within 1% of that floor:
settled = next(i for i, loss in enumerate(bias_only, 1) if loss < 1.01 * variance)
ax.annotate(f"bias only: within 1% of it\nby epoch {settled}", xy=(settled, variance),
            xytext=(settled + 40, 2.2 * variance), fontsize=9,
            arrowprops={"arrowstyle": "-|>", "color": "gray"})  # fmt: skip
ax.set(xlabel="epoch", ylabel="loss (log scale)", yscale="log")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=2, fontsize=9)

ends = "; ".join(
    f"{n}: training {t:.1f}, validation {v:.1f}" for n, (t, v) in final.items()
)
alt = (
    f"Training (solid) and validation (dashed) loss over 500 epochs; final "
    f"losses {ends}. The variance of the training targets is {variance:.1f}; the "
    f"bias-only training loss comes within 1% of it by epoch {settled}."
)
show(fig, "curves-line-bias-only-shuffled", alt)
