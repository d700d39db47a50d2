"""The Training, validation and overfitting chapter: the book's published run,
and what each snippet shows (overfitting, its remedies, the capacity sweep, the
common errors, the exercises).

Book values (Deep Learning with PyTorch, chapter 5) are kept here, not read
from anywhere: losses to a relative 1e-5 or their 4 printed decimals,
parameters to 4 decimals.
"""

import re
from itertools import pairwise

import numpy as np
import pytest
import thermometer
import torch
from conftest import explorable

CHAPTER = "training_validation_overfitting"
LOSS = {"rel": 1e-5}
OVERFIT = f"{CHAPTER}/overfit.py"
REMEDIES = ["more_data", "simpler_model", "penalty", "input_noise"]


def seeded_permutation(seed, n=11):
    """What torch.manual_seed(seed); torch.randperm(n) gives, without touching
    the global random state."""
    return torch.randperm(n, generator=torch.Generator().manual_seed(seed))


# ─── The split ─────────────────────────────────────────────────────────────────


def test_split_is_reproducible_from_the_seed(snippet):
    result = snippet(f"{CHAPTER}/split.py")
    expected = seeded_permutation(0)
    assert torch.equal(result.globals["shuffled_indices"], expected)
    assert torch.equal(result.globals["train_indices"], expected[:-2])
    assert torch.equal(result.globals["val_indices"], expected[-2:])
    assert "same shuffle again:  True" in result.output


def test_shared_module_keeps_the_books_split():
    assert thermometer.train_indices.tolist() == [9, 6, 5, 8, 4, 7, 0, 1, 3]
    assert thermometer.val_indices.tolist() == [2, 10]
    assert torch.equal(thermometer.val_t_un, thermometer.t_un[[2, 10]])


# ─── The loop with validation ──────────────────────────────────────────────────


def test_book_run_reproduces_published_losses_and_parameters(snippet):
    result = snippet(f"{CHAPTER}/book_run.py")
    train, val = result.globals["train_losses"], result.globals["val_losses"]
    assert len(train) == len(val) == 3000
    assert (train[0], val[0]) == pytest.approx((66.5811, 142.3890), **LOSS)
    assert (round(train[-1], 4), round(val[-1], 4)) == (3.0125, 3.5756)
    w, b = result.globals["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (5.1964, -16.7512)
    assert "3000         3.0125           3.5756" in result.output


def test_loop_measures_validation_loss_without_a_graph():
    grad_enabled = []  # at each call of the model: training, validation, ...

    def spy_model(t_u, w, b):
        grad_enabled.append(torch.is_grad_enabled())
        return thermometer.model(t_u, w, b)

    params = torch.tensor([1.0, 0.0], requires_grad=True)
    thermometer.training_loop_with_validation(
        2, torch.optim.SGD([params], lr=1e-2), spy_model, params,
        thermometer.train_t_un, thermometer.train_t_c,
        thermometer.val_t_un, thermometer.val_t_c,
    )  # fmt: skip
    assert grad_enabled == [True, False, True, False]


def reachable(node):
    """Every node of the graph below `node`, found by a walk of our own."""
    seen, todo = set(), [node]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [following for following, _ in node.next_functions]
    return seen


def test_training_and_validation_graphs_share_only_the_params_leaf(snippet):
    g = snippet(f"{CHAPTER}/two_graphs_figure.py").globals
    train, val = reachable(g["train_loss"].grad_fn), reachable(g["val_loss"].grad_fn)
    (common,) = train & val  # "Only the bottom node is common"
    assert type(common).__name__ == "AccumulateGrad" and common.variable is g["params"]
    for graph in (train, val):  # the walk finds the params leaf in both graphs
        leaves = [n for n in graph if type(n).__name__ == "AccumulateGrad"]
        assert leaves == [common]
        assert "UnbindBackward0" in {type(n).__name__ for n in graph}
    assert g["shared"] == [common]
    assert set(g["reached_from"]) == train | val  # the figure draws every node
    assert f"Of their {len(train | val)} nodes, 1 is in both" in g["alt"]


def gradient_of_the_line(t_u, t_c, w, b):
    """d loss / d (w, b) of the mean squared error, in closed form, in float64."""
    x, y = t_u.double().numpy(), t_c.double().numpy()
    residual = w * x + b - y
    return np.array([2 * (residual * x).mean(), 2 * residual.mean()])


def test_validation_loss_has_no_graph_and_a_recorded_one_leaks_gradient(snippet):
    result = snippet(f"{CHAPTER}/validation_without_a_graph.py")
    g = result.globals
    assert g["val_loss"].grad_fn is None and not g["val_loss"].requires_grad
    assert "under no_grad:   grad_fn None   requires_grad False" in result.output
    assert g["recorded"].requires_grad and g["recorded"].grad_fn is not None
    from_training = gradient_of_the_line(
        thermometer.train_t_un, thermometer.train_t_c, 1, 0
    )
    leaked = gradient_of_the_line(thermometer.val_t_un, thermometer.val_t_c, 1, 0)
    assert g["from_training"].numpy() == pytest.approx(from_training, rel=1e-5)
    assert g["params"].grad.numpy() == pytest.approx(from_training + leaked, rel=1e-5)
    assert np.all(np.abs(leaked) > 1)  # the validation readings' share is not small


def test_set_grad_enabled_gives_a_validation_loss_without_grad(snippet):
    result = snippet(f"{CHAPTER}/set_grad_enabled.py")
    train_loss, val_loss = result.globals["train_loss"], result.globals["val_loss"]
    assert train_loss.requires_grad and train_loss.grad_fn is not None
    assert not val_loss.requires_grad and val_loss.grad_fn is None
    assert (train_loss.item(), val_loss.item()) == pytest.approx(
        (66.5811, 142.3890), **LOSS
    )


# ─── Reading the curves ────────────────────────────────────────────────────────


def test_too_simple_or_uninformative_models_stall_at_the_variance(snippet):
    g = snippet(f"{CHAPTER}/curves_not_learning.py").globals
    variance, final = g["variance"].item(), g["final"]
    assert not torch.equal(g["shuffled_t_c"], thermometer.train_t_c)
    assert sorted(g["shuffled_t_c"].tolist()) == sorted(thermometer.train_t_c.tolist())
    assert final["bias only"][0] == pytest.approx(variance, rel=1e-3)
    assert final["line, shuffled targets"][0] > 0.95 * variance
    line_train, line_val = final["line"]
    assert line_train < variance / 5 and line_val < variance / 5


def test_bias_only_reaches_its_floor_after_about_a_hundred_epochs(snippet):
    g = snippet(f"{CHAPTER}/curves_not_learning.py").globals
    # Closed form: SGD on a constant b from 0 shrinks b - mean by (1 - 2 lr) per
    # step, so the loss at epoch k is variance + (1 - 2 lr)^(2 (k - 1)) mean².
    targets = thermometer.train_t_c.double()
    mean, variance = targets.mean().item(), targets.var(unbiased=False).item()
    epoch = 1
    while variance + (1 - 2e-2) ** (2 * (epoch - 1)) * mean**2 >= 1.01 * variance:
        epoch += 1
    assert g["settled"] == epoch
    assert 50 < epoch < 200  # "about a hundred of the 500 epochs"
    assert f"within 1% of it by epoch {epoch}" in g["alt"]


# ─── Overfitting and its remedies ──────────────────────────────────────────────


def test_degree_8_polynomial_overfits(snippet):
    g = snippet(OVERFIT).globals
    train, val = g["train_losses"], g["val_losses"]
    assert len(g["coeffs"]) == len(thermometer.train_indices)  # one per reading
    assert train[-1] == pytest.approx(1.1117, rel=1e-3)
    assert val[-1] == pytest.approx(31.656, rel=1e-3)
    assert val[-1] > 20 * train[-1]  # train loss << validation loss
    assert train[-1] < 3.0125 / 2  # far below the line's training loss
    best = min(range(len(val)), key=val.__getitem__)
    assert 100 < best < 400 and val[-1] > 5 * val[best]  # falls, then climbs
    assert all(later < earlier for earlier, later in pairwise(train[best:]))


def test_overfit_figure_shows_the_same_run(snippet):
    figure = snippet(f"{CHAPTER}/overfit_figure.py").globals
    assert figure["val_losses"] == snippet(OVERFIT).globals["val_losses"]


@pytest.mark.parametrize("remedy", REMEDIES)
def test_each_remedy_lowers_the_validation_loss(snippet, remedy):
    overfit_val = snippet(OVERFIT).globals["val_losses"][-1]
    g = snippet(f"{CHAPTER}/remedy_{remedy}.py").globals
    assert float(g["val_loss"]) < overfit_val / 5


def test_more_data_is_simulated_around_the_fahrenheit_line(snippet):
    g = snippet(f"{CHAPTER}/remedy_more_data.py").globals
    assert len(g["more_t_un"]) == 49
    train_t_un = thermometer.train_t_un
    assert 2.1 < g["new_t_un"].min() and g["new_t_un"].max() < 8.3
    misses = g["new_t_c"] - g["fahrenheit_to_celsius"](g["new_t_un"])
    assert misses.std().item() == pytest.approx(g["scatter"].item(), rel=0.3)
    assert torch.equal(g["more_t_un"][: len(train_t_un)], train_t_un)


def test_simpler_model_trains_to_the_least_squares_line(snippet):
    g = snippet(f"{CHAPTER}/remedy_simpler_model.py").globals
    exact = thermometer.least_squares(thermometer.train_t_un, thermometer.train_t_c, 1)
    assert g["coeffs"].detach().tolist() == pytest.approx(exact.tolist(), rel=1e-3)


def test_penalty_flattens_the_bends(snippet):
    overfit = snippet(OVERFIT).globals["coeffs"]
    penalised = snippet(f"{CHAPTER}/remedy_penalty.py").globals["coeffs"]
    assert penalised[2:].abs().max() < overfit[2:].abs().max() / 10


def test_penalised_curve_fits_training_better_than_the_line_validation_worse(snippet):
    g = snippet(f"{CHAPTER}/remedy_penalty.py").globals
    x = thermometer.train_t_un.double().numpy()
    w, b = np.polyfit(x, thermometer.train_t_c.double().numpy(), 1)
    line_train = ((w * x + b - thermometer.train_t_c.double().numpy()) ** 2).mean()
    val_x = thermometer.val_t_un.double().numpy()
    line_val = ((w * val_x + b - thermometer.val_t_c.double().numpy()) ** 2).mean()
    assert g["line_train"].item() == pytest.approx(line_train, rel=1e-4)
    assert g["line_val"].item() == pytest.approx(line_val, rel=1e-4)
    # the line costs no penalty, so the penalised fit can only be closer
    assert g["train_loss"] < line_train
    assert g["val_loss"] > line_val  # "the two validation readings worse"


# ─── Capacity ──────────────────────────────────────────────────────────────────


def test_one_split_ranks_degrees_erratically(snippet):
    rows = snippet(f"{CHAPTER}/sweep_one_split.py").output.splitlines()[1:]
    train, val = zip(*((float(r.split()[1]), float(r.split()[2])) for r in rows))
    assert all(later <= earlier for earlier, later in pairwise(train))
    assert val[4] < val[1] * 1.01  # degree 4 as good as the line...
    assert val[6] < val[5] / 10  # ...and degree 6 far better than degree 5


def test_choosing_by_one_split_flatters_the_winner(snippet):
    rows = snippet(f"{CHAPTER}/sweep_one_split.py").output.splitlines()[1:]
    one_split = [float(row.split()[2]) for row in rows]
    # The same sweep by numpy's least squares, in float64, on the book's split
    t_un = 0.1 * np.array([35.7, 55.9, 58.2, 81.9, 56.3, 48.9,
                           33.9, 21.8, 48.4, 60.4, 68.4])  # fmt: skip
    t_c = np.array([0.5, 14.0, 15.0, 28.0, 11.0, 8.0, 3.0, -4.0, 6.0, 13.0, 21.0])
    train, val = [9, 6, 5, 8, 4, 7, 0, 1, 3], [2, 10]
    x = (t_un - 5) / 3
    expected = []
    for degree in range(len(one_split)):
        powers = np.vander(x, degree + 1, increasing=True)
        coeffs = np.linalg.lstsq(powers[train], t_c[train], rcond=None)[0]
        expected.append(((powers[val] @ coeffs - t_c[val]) ** 2).mean())
    assert one_split[:7] == pytest.approx(expected[:7], rel=1e-3)
    winner = int(np.argmin(expected))
    assert winner == one_split.index(min(one_split)) == 4  # the degree the page names
    averaged = snippet(f"{CHAPTER}/capacity_sweep_figure.py").globals["val_means"]
    assert averaged[winner] > 100 * one_split[winner]  # its score was luck


def test_capacity_sweep_is_lowest_at_an_intermediate_degree(snippet):
    g = snippet(f"{CHAPTER}/capacity_sweep_figure.py").globals
    train, val, best = g["train_means"], g["val_means"], g["best"]
    assert 0 < best < len(val) - 1
    assert all(later < earlier for earlier, later in pairwise(train))
    assert val[0] > 10 * val[best] and val[-1] > 1000 * val[best]
    assert all(later > earlier for earlier, later in pairwise(val[best:]))
    assert best == 2 and val[2] == pytest.approx(4.307, rel=1e-3)


def test_capacity_sweep_table_prints_what_the_figure_shows(snippet):
    rows = snippet(f"{CHAPTER}/capacity_sweep.py").output.splitlines()[1:]
    g = snippet(f"{CHAPTER}/capacity_sweep_figure.py").globals
    assert [row.split()[2] for row in rows] == [f"{v:.4g}" for v in g["val_means"]]
    assert [row.split()[1] for row in rows] == [f"{t:.4f}" for t in g["train_means"]]


# ─── Common errors ─────────────────────────────────────────────────────────────


def test_backward_on_validation_loss_fails_and_training_loss_works(snippet):
    result = snippet(f"{CHAPTER}/error_backward_on_validation.py")
    assert (
        "RuntimeError: element 0 of tensors does not require grad "
        "and does not have a grad_fn" in result.output
    )
    assert result.globals["params"].grad is not None


def test_numpy_on_a_loss_that_requires_grad_fails(snippet):
    result = snippet(f"{CHAPTER}/error_numpy_requires_grad.py")
    assert (
        "RuntimeError: Can't call numpy() on Tensor that requires grad" in result.output
    )
    assert "[66.5811, 38.8626, 33.3475]" in result.output


def test_float_indices_fail_and_long_indices_work(snippet):
    result = snippet(f"{CHAPTER}/error_float_indices.py")
    assert (
        "IndexError: tensors used as indices must be long, int, byte or bool tensors"
        in result.output
    )
    assert "with .long(): tensor([35.7000, 48.9000, 68.4000])" in result.output


def test_leaked_validation_readings_give_a_too_good_loss(snippet):
    leaked = snippet(f"{CHAPTER}/error_leak.py").globals["val_losses"][-1]
    honest = snippet(OVERFIT).globals["val_losses"][-1]
    assert leaked < honest / 10


def test_split_changes_with_earlier_draws_unless_it_has_its_generator(snippet):
    output = snippet(f"{CHAPTER}/error_split_depends_on_earlier_draws.py").output
    splits = [line.split("readings")[1] for line in output.splitlines()[:2]]
    assert splits[0] != splits[1]
    own = seeded_permutation(0)[-2:]
    assert output.splitlines()[2].endswith(str(own))


# ─── Exercises ─────────────────────────────────────────────────────────────────


def test_exercise_early_stopping_keeps_the_best_epoch(snippet):
    g = snippet(f"{CHAPTER}/exercise_early_stopping.py").globals
    overfit_val = snippet(OVERFIT).globals["val_losses"]
    best = min(range(len(overfit_val)), key=overfit_val.__getitem__)
    assert g["best_epoch"] == best + 1
    assert g["best_val_loss"] == pytest.approx(overfit_val[best], rel=1e-6)
    assert g["best_val_loss"] < overfit_val[-1] / 5
    kept = thermometer.polynomial(thermometer.val_t_un, g["best_coeffs"])
    kept_loss = thermometer.loss_fn(kept, thermometer.val_t_c).item()
    assert kept_loss == pytest.approx(g["best_val_loss"], rel=1e-6)


def test_exercise_k_fold_validates_every_reading_once(snippet):
    g = snippet(f"{CHAPTER}/exercise_k_fold.py").globals
    assert [len(fold) for fold in g["folds"]] == [3, 2, 2, 2, 2]
    assert sorted(torch.cat(g["folds"]).tolist()) == list(range(11))
    assert g["mean"] == pytest.approx(sum(g["val_losses"]) / 5)
    assert g["mean"] > 3.5756  # above the book split's validation loss
    coldest = int(torch.argmin(thermometer.t_un))
    worst = max(range(5), key=lambda k: g["val_losses"][k])
    assert coldest in g["folds"][worst].tolist()  # the fold with the coldest
    others = [loss for k, loss in enumerate(g["val_losses"]) if k != worst]
    assert g["val_losses"][worst] > 2 * max(others)  # dominates the mean
    assert g["median"] < g["mean"]
    x, y = thermometer.train_t_un.double().numpy(), thermometer.train_t_c.double()
    w, b = np.polyfit(x, y.numpy(), 1)  # least squares, in double precision
    val_x, val_y = thermometer.val_t_un.double(), thermometer.val_t_c.double()
    book_val = ((w * val_x + b - val_y) ** 2).mean().item()
    assert g["book_val"] == pytest.approx(book_val, rel=1e-4)


def test_exercise_split_seeds_spread_is_wide(snippet):
    val_losses = snippet(f"{CHAPTER}/exercise_split_seeds.py").globals["val_losses"]
    assert len(val_losses) == 20
    assert max(val_losses) > 10 * min(val_losses)


def test_exercise_weight_decay_matches_the_penalty_and_is_chosen(snippet):
    result = snippet(f"{CHAPTER}/exercise_weight_decay.py")
    val_losses = result.globals["val_losses"]
    penalty = snippet(f"{CHAPTER}/remedy_penalty.py").globals
    assert penalty["penalty_weight"] == 1.0
    assert val_losses[2.0] == pytest.approx(penalty["val_loss"].item(), rel=1e-4)
    assert min(val_losses, key=val_losses.get) == 20.0
    assert result.output.endswith("chosen by validation: weight_decay 20.0\n")


def test_exercise_stepping_on_the_validation_loss_fits_the_validation_readings(
    snippet,
):
    result = snippet(f"{CHAPTER}/exercise_validation_trains.py")
    g, output = result.globals, result.output
    x, y = thermometer.train_t_un.double().numpy(), thermometer.train_t_c.double()
    w, b = np.polyfit(x, y.numpy(), 1)  # where honest training ends
    val_x, val_y = thermometer.val_t_un.double(), thermometer.val_t_c.double()
    honest_train = ((w * x + b - y.numpy()) ** 2).mean()
    honest_val = ((w * val_x + b - val_y) ** 2).mean().item()
    assert (g["honest_train"], g["honest_val"]) == pytest.approx(
        (honest_train, honest_val), rel=1e-4
    )
    book = snippet(f"{CHAPTER}/book_run.py").globals  # "nearly there"
    assert book["train_losses"][-1] == pytest.approx(honest_train, rel=1e-3)
    assert book["val_losses"][-1] == pytest.approx(honest_val, rel=1e-2)
    # Where stepping on train_loss + val_loss leads: least squares with each
    # training reading weighted 1/9 and each validation reading 1/2.
    x = np.concatenate([thermometer.train_t_un, thermometer.val_t_un]).astype(float)
    y = np.concatenate([thermometer.train_t_c, thermometer.val_t_c]).astype(float)
    weights = np.sqrt(np.r_[np.full(9, 1 / 9), np.full(2, 1 / 2)])
    design = np.stack([x, np.ones_like(x)], axis=1) * weights[:, None]
    w, b = np.linalg.lstsq(design, y * weights, rcond=None)[0]
    assert g["params"].tolist() == pytest.approx([w, b], abs=0.05)
    train, val = g["train_losses"][-1], g["val_losses"][-1]
    assert train > honest_train and g["train_prediction"] == "higher"
    assert val < honest_val / 2 and g["val_prediction"] == "lower"  # "a fraction"
    # The argument: the leaky run's sum is already below the honest line's and
    # above the lowest sum any line has (the weighted least squares above).
    lowest_sum = ((w * x + b - y) ** 2 * weights**2).sum()
    sums = [float(row.split()[-1]) for row in output.splitlines()[1:3]]
    assert sums == pytest.approx([honest_train + honest_val, train + val], abs=2e-4)
    assert lowest_sum <= train + val < honest_train + honest_val
    assert output.splitlines()[-2:] == [
        "predicted: training higher, validation lower",
        "ran:       training higher, validation lower",
    ]


def test_exercise_validation_below_training_happens_on_a_few_splits(snippet):
    result = snippet(f"{CHAPTER}/exercise_validation_below_training.py")
    t_un = thermometer.t_un.double().numpy()
    t_c = thermometer.t_c.double().numpy()
    below, losses = [], []
    for seed in range(20):
        order = seeded_permutation(seed).numpy()
        train, val = order[:-2], order[-2:]
        w, b = np.polyfit(t_un[train], t_c[train], 1)
        on_train = ((w * t_un[train] + b - t_c[train]) ** 2).mean()
        on_val = ((w * t_un[val] + b - t_c[val]) ** 2).mean()
        losses.append((on_train, on_val))
        if on_val < on_train:
            below.append(seed)
    assert result.globals["below"] == below and 0 < len(below) < 10
    assert result.globals["seed"] in below
    assert f"{len(below)} of 20 splits" in result.output
    assert f"one answer: seed = {below[0]}" in result.output
    # "On average the validation loss is higher (... about twice ...)"
    train_mean, val_mean = np.mean(losses, axis=0)
    assert 1.5 * train_mean < val_mean < 2.5 * train_mean
    printed = re.findall(r"[\d.]+", result.output.splitlines()[-1])[-2:]
    assert [float(v) for v in printed] == pytest.approx(
        [train_mean, val_mean], abs=2e-4
    )


def test_explorable_overfitting_frames_are_the_chapters_degree_8_run(snippet):
    figure = explorable(snippet(f"{CHAPTER}/explore_overfitting.py").output)
    run = snippet(OVERFIT).globals
    train, val = run["train_losses"], run["val_losses"]
    best = min(range(len(val)), key=val.__getitem__) + 1
    epochs = [int(short) for short, _ in figure.values[0]]
    assert best in epochs and epochs[0] == 1 and epochs[-1] == len(val)
    assert figure.summary.startswith(f"Epoch {best}: ")  # shown first: the lowest
    for epoch, (_, summary, _) in zip(epochs, figure.frames, strict=True):
        assert summary.startswith(
            f"Epoch {epoch}: training loss {train[epoch - 1]:.3g}, "
            f"validation loss {val[epoch - 1]:.3g}."
        )
    before = [epoch for epoch in epochs if epoch <= best]  # "both still falling"
    for a, b in pairwise(before):
        assert train[b - 1] < train[a - 1] and val[b - 1] < val[a - 1]
    after = [epoch for epoch in epochs if epoch >= best]  # memorising
    for a, b in pairwise(after):
        assert train[b - 1] < train[a - 1] and val[b - 1] > val[a - 1]
