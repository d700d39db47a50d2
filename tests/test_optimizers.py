"""The Optimizers chapter: torch.optim reproduces the book's runs, and the
curvature of the loss explains which learning rates work.

Book values (Deep Learning with PyTorch, chapter 5) and the least-squares
optimum are kept here, not read from anywhere: losses to a relative 1e-5,
parameters to 4 decimals. Each common error is checked by the message the
installed PyTorch prints.
"""

import math
import re

import numpy as np
import pytest
import torch
from conftest import DOCS, explorable

CHAPTER = "optimizers"
LOSS = {"rel": 1e-5}
OPTIMUM = (0.536772, -17.304785)  # least squares on raw t_u: w, b
OPTIMUM_LOSS = 2.927645


# The book's readings, kept here so that closed forms are computed in float64
# independently of the snippets.
T_C = np.array([0.5, 14.0, 15.0, 28.0, 11.0, 8.0, 3.0, -4.0, 6.0, 13.0, 21.0])
T_U = np.array([35.7, 55.9, 58.2, 81.9, 56.3, 48.9, 33.9, 21.8, 48.4, 60.4, 68.4])


def numbers(text):
    return [float(n) for n in re.findall(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?", text)]


def hessian(x):
    """The loss's Hessian in (w, b), by its formula 2/N [[Σx², Σx], [Σx, N]]."""
    return 2 / len(x) * np.array([[(x * x).sum(), x.sum()], [x.sum(), len(x)]])


def gradient_at_start(x):
    """The gradient of the loss at w = 1, b = 0, by its formula."""
    errors = x - T_C
    return np.array([2 * (errors * x).mean(), 2 * errors.mean()])


def lowest_loss(x):
    """The least-squares line's loss on readings x."""
    return ((np.polyval(np.polyfit(x, T_C, 1), x) - T_C) ** 2).mean()


def sgd_losses(x, n_epochs, lr, momentum=0.0):
    """The loss of every epoch (before its update) of SGD from w = 1, b = 0, as
    torch.optim.SGD runs it (buf = momentum * buf + g, the first buf = g;
    p -= lr * buf), here in float64 with the gradient by its formula."""
    H = hessian(x)
    c = 2 / len(x) * np.array([(x * T_C).sum(), T_C.sum()])  # gradient = Hp - c
    p, buf, losses = np.array([1.0, 0.0]), None, []
    for _ in range(n_epochs):
        losses.append(((p[0] * x + p[1] - T_C) ** 2).mean())
        g = H @ p - c
        buf = g if buf is None else momentum * buf + g
        p = p - lr * buf
    return np.array(losses)


def first_below(losses, target):
    """The first epoch (counted from 1) whose loss is below target."""
    return int(np.argmax(losses < target)) + 1


def heavy_ball_factors(lr, momentum, eigenvalue):
    """Along an eigenvector, SGD with momentum makes the distance d to the bottom
    follow d' = (1 + μ - lr λ) d - μ d_before: the sizes of the roots of
    z² - (1 + μ - lr λ) z + μ are what it shrinks by per step."""
    return np.abs(np.roots([1, -(1 + momentum - lr * eigenvalue), momentum]))


def test_chapter_teaches_curvature_then_momentum_then_adaptive_steps_then_paths():
    text = (DOCS / f"{CHAPTER}.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    order = [
        "## The training loop with an optimizer",
        "## Why normalising mattered",
        "## Momentum",
        "## RMSprop and Adam",
        "## Paths on the loss surface",
        "## Choosing a learning rate",
        "## Common errors",
        "## Summary",
        "## Exercises",
    ]
    at = [next(i for i, h in enumerate(headings) if h.startswith(o)) for o in order]
    assert at == sorted(at)


def test_installed_optimizers_are_listed_and_include_sgd_and_adam(snippet):
    result = snippet(f"{CHAPTER}/available_optimizers.py")
    optimizers = result.globals["optimizers"]
    assert {"SGD", "Adam", "RMSprop", "LBFGS"} <= set(optimizers)
    assert "Optimizer" not in optimizers  # the base class is not an optimizer
    assert f"{len(optimizers)} optimizers in torch.optim" in result.output


def test_one_sgd_step_updates_the_very_tensor_given_to_the_optimizer(snippet):
    result = snippet(f"{CHAPTER}/one_step.py")
    assert "holds our very tensor: True" in result.output
    assert result.globals["held"][0] is result.globals["params"]
    w, b = result.globals["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (1.7761, 0.1064)  # the book's one step


def test_sgd_on_normalised_input_matches_book_and_hand_written_loop(snippet):
    g = snippet(f"{CHAPTER}/train_sgd_normalized.py").globals
    w, b = g["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (5.3671, -17.3012)
    assert g["losses"][-1] == pytest.approx(2.927648, **LOSS)
    book_every_500 = [7.860116, 3.828538, 3.092191, 2.957697, 2.933134,
                      2.928648, 2.927830, 2.927679, 2.927652, 2.927647]  # fmt: skip
    assert g["losses"][499::500] == pytest.approx(book_every_500, **LOSS)
    assert g["difference"] < 1e-4


def test_first_steps_sgd_by_the_gradient_rmsprop_ten_lr_adam_lr(snippet):
    output = snippet(f"{CHAPTER}/first_steps.py").output
    sgd, rmsprop, adam = (
        numbers(line) for line in output.splitlines() if line.strip().startswith("step")
    )
    sign = np.sign(gradient_at_start(T_U))
    # RMSprop, default alpha 0.99, no correction for starting at zero: after one
    # gradient s = (1 - alpha) g², so its step is lr / sqrt(1 - alpha) = 10 lr
    assert rmsprop[:2] == pytest.approx(-0.1 / math.sqrt(1 - 0.99) * sign, rel=1e-4)
    assert rmsprop[2:] == pytest.approx(-sign / math.sqrt(1 - 0.99), rel=1e-4)
    assert adam[:2] == pytest.approx(-0.1 * sign, abs=1e-6)  # Adam: exactly lr
    assert adam[2:] == pytest.approx(-sign, abs=1e-4)
    assert sgd[:2] == pytest.approx(-1e-4 * gradient_at_start(T_U), rel=1e-4)
    assert sgd[0] / sgd[1] > 50  # SGD: w moves far more than b ("more than fifty")


def test_adam_on_raw_readings_converges_to_the_least_squares_optimum(snippet):
    g = snippet(f"{CHAPTER}/train_adam_raw.py").globals
    assert (g["w_exact"], g["b_exact"]) == pytest.approx(OPTIMUM, abs=1e-5)
    w, b = g["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (0.5367, -17.3021)  # the book's params
    assert (w, b) == pytest.approx(OPTIMUM, abs=5e-3)
    # The book printed loss 2.927680 here; this PyTorch's Adam gets to the
    # optimum's loss itself, so that is what we hold it to.
    assert g["losses"][-1] == pytest.approx(OPTIMUM_LOSS, **LOSS)


def test_hessian_by_autograd_matches_the_formula(snippet):
    result = snippet(f"{CHAPTER}/hessian.py")
    assert result.output.rstrip().endswith("]]: True")
    assert result.globals["H"].flatten().tolist() == pytest.approx(
        [5881.6, 103.6, 103.6, 2.0], rel=1e-4
    )


def test_stability_edge_and_condition_numbers(snippet):
    result = snippet(f"{CHAPTER}/condition_number.py")
    edge, condition = result.globals["edge"], result.globals["condition"]
    assert 3.3e-4 < edge["t_u"] < 3.4e-4  # the first chapter's exercise found it here
    assert edge["t_un"] == pytest.approx(0.03298, rel=1e-3)
    assert condition["t_u"] == pytest.approx(33599, rel=1e-3)
    assert condition["t_un"] == pytest.approx(357.0, rel=1e-3)
    ratio = condition["t_u"] / condition["t_un"]
    assert ratio > 50
    assert f"t_u is {ratio:.0f} times worse conditioned" in result.output
    assert "between 3.3e-4 and 3.4e-4: True" in result.output


def test_the_lines_loss_is_convex_its_hessian_positive_definite(snippet):
    output = snippet(f"{CHAPTER}/condition_number.py").output
    for line, x in zip(output.splitlines()[:2], [T_U, 0.1 * T_U], strict=True):
        printed = numbers(line.split("eigenvalues")[1].split("κ")[0])
        assert printed == pytest.approx(np.linalg.eigvalsh(hessian(x)), rel=1e-3)
        assert min(printed) > 0  # positive definite: one bowl, one bottom


def test_step_factors_explain_explosion_and_stall(snippet):
    output = snippet(f"{CHAPTER}/step_factors.py").output
    rows = [numbers(line) for line in output.splitlines()[1:] if line.startswith("t_u")]
    (_, steep_big, _, _), (_, steep_edge, _, e_fold_edge), rows_norm = rows
    _, steep_norm, _, e_fold_norm = rows_norm
    assert steep_big < -1  # flips sign and grows: divergence
    assert -1 < steep_edge < 0 and 0 < steep_norm < 1
    assert e_fold_edge > 10_000 and e_fold_norm < 1_000  # the stall, and its cure
    growth = numbers(re.search(r"grows × (\d+)", output)[0])[0]
    assert growth == pytest.approx(steep_big**2, rel=1e-3)
    assert growth > 1000  # "thousands of times per epoch"


def test_momentum_needs_of_order_root_kappa_steps_plain_sgd_of_order_kappa(snippet):
    result = snippet(f"{CHAPTER}/momentum_steps.py")
    g, x = result.globals, 0.1 * T_U
    small, large = np.linalg.eigvalsh(hessian(x))
    kappa, root = large / small, math.sqrt(large / small)
    (plain, plain_shrink), (heavy, heavy_shrink) = g["runs"].values()
    # The closed-form best constants, from the two eigenvalues
    assert plain["lr"] == pytest.approx(2 / (large + small), rel=1e-6)
    assert heavy["lr"] == pytest.approx(
        4 / (math.sqrt(large) + math.sqrt(small)) ** 2, rel=1e-6
    )
    assert heavy["momentum"] == pytest.approx(((root - 1) / (root + 1)) ** 2, rel=1e-6)
    # "both directions shrink by (κ - 1)/(κ + 1)"; "every direction by √μ"
    for eigenvalue in (small, large):
        assert abs(1 - plain["lr"] * eigenvalue) == pytest.approx(plain_shrink)
        factors = heavy_ball_factors(heavy["lr"], heavy["momentum"], eigenvalue)
        # a double root there: rounding in λ splits it, by the root of that
        assert factors == pytest.approx([math.sqrt(heavy["momentum"])] * 2, rel=1e-4)
    assert plain_shrink == pytest.approx((kappa - 1) / (kappa + 1))
    assert heavy_shrink == pytest.approx(math.sqrt(heavy["momentum"]))
    # The counts, as float64 gradient descent makes them (float32: a step or two)
    target = lowest_loss(x) + 1e-3
    assert g["target"] == pytest.approx(target, abs=1e-6)
    epochs = g["epochs"]
    for label, options in [("plain SGD", plain), ("momentum", heavy)]:
        expected = first_below(sgd_losses(x, 5000, **options), target)
        assert abs(epochs[label] - expected) <= 2, label
    # "a few times κ", "a few times √κ", "ten times fewer"
    assert 1 < epochs["plain SGD"] / kappa < 5
    assert 1 < epochs["momentum"] / root < 10
    assert epochs["plain SGD"] / epochs["momentum"] > 8
    # By the factor alone: the loss above its lowest, at the start, must fall to
    # 0.001, as the square of the distance. Plain SGD takes just those steps
    # (epochs = steps + 1); momentum about twice as many.
    above = ((x - T_C) ** 2).mean() - lowest_loss(x)
    e_folds = math.log(above / 1e-3) / 2
    plain_alone = e_folds / -math.log((kappa - 1) / (kappa + 1))
    heavy_alone = e_folds / -math.log((root - 1) / (root + 1))
    assert abs(epochs["plain SGD"] - 1 - plain_alone) <= 2
    assert heavy_alone < epochs["momentum"] < 3 * heavy_alone
    assert 1.5 < epochs["momentum"] / heavy_alone < 2.5  # "about twice"
    output = result.output
    assert f"{above:.1f} above the lowest loss" in output
    assert f"= {plain_alone:.0f} steps; epochs needed: {epochs['plain SGD']}" in output
    assert f"= {heavy_alone:.0f} steps; epochs needed: {epochs['momentum']}" in output
    # The edges 2(1 + μ)/λmax: momentum's lr is above plain SGD's, right at its own
    for options in (plain, heavy):
        edge = 2 * (1 + options.get("momentum", 0)) / large
        assert f"edge 2(1 + μ)/λmax = {edge:.4f}" in output
    assert heavy["lr"] > 2 / large
    assert heavy["lr"] < 2 * (1 + heavy["momentum"]) / large < 1.01 * heavy["lr"]
    last = result.output.splitlines()[-1]
    assert f"{epochs['plain SGD'] / kappa:.1f} κ" in last
    assert f"{epochs['momentum'] / root:.1f} √κ" in last


def test_momentum_surges_first_as_its_double_factor_says(snippet):
    """With Polyak's constants each direction's two factors coincide, so the
    steep distance goes as (1 + c t)(-√μ)^t: up about sevenfold, then down."""
    output = snippet(f"{CHAPTER}/momentum_surge.py").output
    x = 0.1 * T_U
    small, large = np.linalg.eigvalsh(hessian(x))
    lr = 4 / (math.sqrt(large) + math.sqrt(small)) ** 2
    momentum = ((math.sqrt(large / small) - 1) / (math.sqrt(large / small) + 1)) ** 2
    root = math.sqrt(momentum)
    first = 1 - lr * large
    c = -first / root - 1  # from d_1 = (1 + c)(-√μ) d_0 = first · d_0
    assert f"first step × {first:.2f}" in output
    assert f"√μ = {root:.4f}, c = {c:.2f}" in output
    losses = sgd_losses(x, 60, lr, momentum)
    rows = [numbers(line) for line in output.splitlines() if line[:5].strip().isdigit()]
    assert len(rows) == 10
    for epoch, loss, distance, formula in rows:
        t = int(epoch) - 1
        assert loss == pytest.approx(losses[t], rel=1e-3, abs=0.1)
        closed_form = (1 + c * t) * root**t
        assert distance == pytest.approx(closed_form, abs=0.011)
        assert formula == pytest.approx(closed_form, abs=0.006)
    # "about seven times its starting distance"; the loss peaks above its start
    assert round(max((1 + c * t) * root**t for t in range(60))) == 7
    peak = int(np.argmax(losses))
    assert losses[peak] > 10 * losses[0]
    assert f"highest loss: {losses[peak]:.0f}, at epoch {peak + 1}" in output


def test_forgetting_zero_grad_is_momentum_one_which_never_settles(snippet):
    g = snippet(f"{CHAPTER}/zero_grad_is_momentum.py").globals
    assert g["difference"] <= 1e-6  # the same path, step for step
    x = 0.1 * T_U
    small, large = np.linalg.eigvalsh(hessian(x))
    # With μ = 1 and lr λ < 4, each direction's factors have size 1: no decay
    for eigenvalue in (small, large):
        assert 1e-2 * eigenvalue < 4
        assert heavy_ball_factors(1e-2, 1.0, eigenvalue) == pytest.approx([1, 1])
    losses, lowest = g["losses"], lowest_loss(x)
    assert losses == pytest.approx(sgd_losses(x, 1000, 1e-2, momentum=1.0), rel=1e-3)
    for window in (losses[:200], losses[800:]):  # "as widely after 800 epochs"
        assert min(window) < 1.2 * lowest and max(window) > losses[0]
    # Above 2(1 + μ)/λmax = 4/λmax it diverges
    assert g["edge"] == pytest.approx(4 / large, rel=1e-6)
    assert max(heavy_ball_factors(1.1 * g["edge"], 1.0, large)) > 1
    assert g["above"][29] > 1e6 * g["above"][9] > 1e6 * losses[0]


def test_optimizer_paths_figure_shows_four_optimizers_on_both_inputs(snippet):
    g = snippet(f"{CHAPTER}/trajectories.py").globals
    ends = {end.rsplit(": loss ", 1)[0]: float(end.rsplit()[-1]) for end in g["ends"]}
    assert len(ends) == 8
    runs = [label.split(", ", 1)[1] for label in ends]  # after the panel's name
    for name in ["SGD, lr", "SGD, momentum 0.9, lr", "RMSprop, lr 0.1", "Adam, lr 0.1"]:
        assert sum(run.startswith(name) for run in runs) == 2
    assert sorted(run for run in runs if run.startswith("SGD")) == [
        "SGD, lr 0.0003", "SGD, lr 0.01",
        "SGD, momentum 0.9, lr 0.0003", "SGD, momentum 0.9, lr 0.01"]  # fmt: skip
    raw = [loss for label, loss in ends.items() if label.startswith("raw")]
    normalised = [loss for label, loss in ends.items() if label.startswith("normal")]
    assert min(raw) > 5  # nobody is near the optimum on the raw readings...
    assert min(normalised) < 3  # ...momentum is, on the normalised ones
    for ax in g["axes"]:  # no path runs off its panel (SGD overshoots to w < 0)
        (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
        for line in ax.lines:
            assert left <= min(line.get_xdata()) and max(line.get_xdata()) <= right
            assert bottom <= min(line.get_ydata()) and max(line.get_ydata()) <= top
    first_sgd_w = 1 - 3e-4 * gradient_at_start(T_U)[0]
    assert g["axes"][0].get_xlim()[0] < first_sgd_w < -0.3


def test_paths_in_numbers_adam_steps_lr_rmsprop_ten_times_lr(snippet):
    output = snippet(f"{CHAPTER}/paths_in_numbers.py").output
    table, inputs = {}, None
    for line in output.splitlines():
        if "steps in w after the first" in line:  # RMSprop on t_u, after step 1
            steps, largest, turns = numbers(line)
            assert steps == 199 and largest > 0.1  # up to more than lr
            assert turns > 20  # it rattles from wall to wall
        elif "the star is at" in line:
            inputs = line.split(":")[0]
            assert numbers(line)[-2:] == pytest.approx(
                [OPTIMUM[0] * (1 if inputs == "t_u" else 10), OPTIMUM[1]], abs=0.01
            )
        elif line.startswith("  "):
            label, *row = line.split()
            table[inputs, label] = numbers(" ".join(row))
    # RMSprop, default alpha 0.99: its first step is lr / sqrt(1 - alpha)
    for inputs, x in [("t_u", T_U), ("t_un", 0.1 * T_U)]:
        rmsprop_first = -0.1 / math.sqrt(1 - 0.99) * np.sign(gradient_at_start(x))
        assert table[inputs, "RMSprop"][:2] == pytest.approx(rmsprop_first, abs=0.01)
    g = gradient_at_start(0.1 * T_U)
    assert table["t_un", "momentum"][:2] == pytest.approx(-1e-2 * g, abs=0.01)
    assert table["t_un", "Adam"][:2] == pytest.approx(-0.1 * np.sign(g), abs=0.01)
    assert table["t_un", "Adam"][2] <= 0.1 + 1e-3  # b never moves more than lr
    adam, rmsprop, momentum = (
        table["t_un", k][-1] for k in ["Adam", "RMSprop", "momentum"]
    )
    assert adam > max(rmsprop, momentum)  # on t_un, Adam ends worst of the three
    b_adam = table["t_un", "Adam"][4]
    assert OPTIMUM[1] < b_adam < OPTIMUM[1] / 3  # well short of the star


def test_learning_rate_figure_has_one_that_diverges(snippet):
    g = snippet(f"{CHAPTER}/loss_by_learning_rate.py").globals
    final = {numbers(e)[0]: numbers(e)[-1] for e in g["endings"]}
    assert [lr > g["edge"] for lr in final] == [False, False, False, True]
    assert final[3.5e-2] > 1e10
    assert final[3e-2] < final[1e-2] < final[1e-3] < 30  # faster nearer the edge


def test_nn_linear_takes_inputs_as_rows(snippet):
    g = snippet(f"{CHAPTER}/nn_linear.py").globals
    assert g["t_u_column"].shape == (11, 1)
    assert g["linear_model"](g["t_u_column"]).shape == (11, 1)


def test_nn_linear_with_mse_loss_finds_the_same_line(snippet):
    result = snippet(f"{CHAPTER}/nn_linear_training.py")
    g = result.globals
    w, b = g["linear_model"].weight.item(), g["linear_model"].bias.item()
    assert (0.1 * w, b) == pytest.approx(OPTIMUM, abs=1e-2)
    assert g["losses"][-1] == pytest.approx(OPTIMUM_LOSS, rel=1e-5)
    # "about a third of the epochs": late on, the shallow direction decides, and
    # shrinks by 1 - lr λmin per step
    below = {
        numbers(line)[0]: int(re.search(r"below 2.93 from epoch (\d+)", line)[1])
        for line in result.output.splitlines()
        if line.startswith("lr ")
    }
    small = np.linalg.eigvalsh(hessian(0.1 * T_U))[0]
    slower = math.log(1 - 3e-2 * small) / math.log(1 - 1e-2 * small)
    assert below[1e-2] / below[3e-2] == pytest.approx(slower, rel=0.1)
    assert 2.5 < below[1e-2] / below[3e-2] < 3.5


def test_small_network_fits_the_readings_closer_than_a_line(snippet):
    result = snippet(f"{CHAPTER}/nn_sequential.py")
    assert "parameters: 25" in result.output
    assert result.globals["losses"][-1] < OPTIMUM_LOSS


def test_error_non_leaf_is_shown_and_fixed(snippet):
    result = snippet(f"{CHAPTER}/error_non_leaf.py")
    assert "ValueError: can't optimize a non-leaf Tensor" in result.output
    assert result.globals["params"].is_leaf


def test_error_forgetting_zero_grad_goes_wrong_from_the_third_epoch(snippet):
    g = snippet(f"{CHAPTER}/error_forgot_zero_grad.py").globals
    losses, right = g["losses"], g["right_losses"]
    assert losses[:2] == right[:2]  # the first step is right...
    assert losses[2] > right[2]  # ...the second already used a stale gradient
    assert right[-1] < 8 and losses[-1] > 40
    assert max(losses[400:]) - min(losses[400:]) > 50  # it never settles


def test_error_divergence_goes_to_inf_then_nan_without_an_error(snippet):
    result = snippet(f"{CHAPTER}/error_diverging_lr.py")
    losses = result.globals["losses"]
    assert losses.index(math.inf) == 10  # epoch 11, as in the first chapter
    assert [math.isnan(loss) for loss in losses].index(True) == 22  # epoch 23
    assert torch.isnan(result.globals["params"]).all()
    assert result.globals["bad"] == 11
    assert "first inf at epoch 11, first nan at epoch 23" in result.output


def test_error_mse_broadcasting_warns_and_learns_a_flat_line(snippet):
    result = snippet(f"{CHAPTER}/error_mse_broadcasting.py")
    assert (
        "UserWarning: Using a target size (torch.Size([11])) that is different to "
        "the input size (torch.Size([11, 1]))"
    ) in result.output
    g = result.globals
    assert g["w"] == pytest.approx(0.0, abs=1e-2)
    assert g["b"] == pytest.approx(10.5, abs=1e-2)  # the mean of t_c
    assert g["right"].item() > 20 * OPTIMUM_LOSS  # "many times the best line's"
    assert f"the best line's loss {OPTIMUM_LOSS:.4f}" in result.output


def test_exercise_stable_learning_rate_on_normalised_input(snippet):
    result = snippet(f"{CHAPTER}/exercise_stable_lr.py")
    assert result.globals["edge"] == pytest.approx(0.03298, rel=1e-3)
    below, above = result.output.splitlines()[1:]
    assert below.endswith("converging") and above.endswith("diverging")


def test_exercise_momentum_needs_many_times_fewer_epochs(snippet):
    output = snippet(f"{CHAPTER}/exercise_momentum.py").output
    plain, momentum = (numbers(line)[-1] for line in output.splitlines())
    assert momentum * 5 < plain
    assert plain == pytest.approx(2750, abs=20)
    assert momentum == pytest.approx(234, abs=5)


def test_exercise_more_momentum_is_slower_and_swings(snippet):
    output = snippet(f"{CHAPTER}/exercise_more_momentum.py").output
    rows = {row[0]: row[1:] for row in map(numbers, output.splitlines()[1:])}
    assert sorted(rows) == [0.9, 0.99]
    x = 0.1 * T_U
    eigenvalues = np.linalg.eigvalsh(hessian(x))
    for momentum, (epochs, rose, slowest) in rows.items():
        losses = sgd_losses(x, 600, 1e-2, momentum)
        assert abs(epochs - first_below(losses, 2.93)) <= 2, momentum
        assert abs(rose - (np.diff(losses[:300]) > 0).sum()) <= 3, momentum
        factors = [heavy_ball_factors(1e-2, momentum, e) for e in eigenvalues]
        assert slowest == pytest.approx(max(map(max, factors)), abs=1e-4)
    epochs_09, rose_09, slowest_09 = rows[0.9]
    epochs_099, rose_099, slowest_099 = rows[0.99]
    assert epochs_099 > epochs_09  # more momentum, more epochs
    assert 0.4 < rose_099 / 299 < 0.6 and rose_09 < 0.1 * 299  # "in half"
    # With 0.99 every direction swings (complex roots), shrinking by √μ
    for eigenvalue in eigenvalues:
        assert (1 + 0.99 - 1e-2 * eigenvalue) ** 2 < 4 * 0.99
    assert slowest_099 == pytest.approx(math.sqrt(0.99), abs=1e-4)
    assert slowest_09 < slowest_099


def test_exercise_tilted_valley_step_sizes_per_parameter_leave_its_tilt(snippet):
    result = snippet(f"{CHAPTER}/exercise_tilted_valley.py")
    best = result.globals["best"]
    rows = result.output.splitlines()[1:]
    inputs = {"t_u": T_U, "t_un": 0.1 * T_U, "t_u - mean": T_U - T_U.mean()}
    for row, (name, x) in zip(rows, inputs.items(), strict=True):
        H = hessian(x)
        small, large = np.linalg.eigvalsh(H)
        r = abs(H[0, 1]) / math.sqrt(H[0, 0] * H[1, 1])
        assert r == pytest.approx(abs(x.mean()) / math.sqrt((x * x).mean()), abs=1e-9)
        floor = (1 + r) / (1 - r)  # the best diagonal rescaling of a 2 x 2
        # a grid of ratios, a thousandth of a decade apart: near the floor, above it
        assert floor * (1 - 1e-9) <= best[name] < floor * 1.003, name
        kappa, printed_best, printed_r, printed_floor = numbers(row.split(name)[1])
        assert kappa == pytest.approx(large / small, abs=0.5)
        assert printed_r == pytest.approx(r, abs=1e-3)
        assert printed_floor == pytest.approx(floor, abs=0.05)
        assert printed_best == pytest.approx(floor, abs=0.05)
    assert best["t_u"] == pytest.approx(best["t_un"], rel=1e-3)  # scaling: no help
    assert best["t_u - mean"] == pytest.approx(1, abs=3e-3)  # aligned: round


def test_exercise_adam_converges_on_both_scales_faster_on_normalised(snippet):
    result = snippet(f"{CHAPTER}/exercise_adam_scale.py")
    adam = result.globals["adam_epochs"]
    assert adam["t_un"] < adam["t_u"] < 5000
    # Plain SGD, lr = 3.3e-4: check the counted epochs by running gradient
    # descent in float64, as an affine map p <- M p raised to a power.
    sgd_epochs, lr = result.globals["sgd_epochs"], 3.3e-4
    H = hessian(T_U)
    c = 2 / len(T_U) * np.array([(T_U * T_C).sum(), T_C.sum()])  # gradient = Hp - c
    M = np.eye(3)
    M[:2, :2] -= lr * H
    M[:2, 2] = lr * c

    def loss_at_epoch(epoch):  # measured before that epoch's update
        w, b, _ = np.linalg.matrix_power(M, epoch - 1) @ [1.0, 0.0, 1.0]
        return ((w * T_U + b - T_C) ** 2).mean()

    assert loss_at_epoch(sgd_epochs) < 2.93 <= loss_at_epoch(sgd_epochs - 1)
    assert sgd_epochs > 50 * adam["t_u"]  # "57 times as many as Adam"
    assert f"{sgd_epochs / adam['t_u']:.0f} times Adam's" in result.output


def test_exercise_lbfgs_fits_the_raw_readings_in_a_few_iterations(snippet):
    g = snippet(f"{CHAPTER}/exercise_lbfgs.py").globals
    assert g["state"]["n_iter"] <= 20
    w, b = g["params"].tolist()
    assert (w, b) == pytest.approx(OPTIMUM, abs=5e-3)
    assert g["closure"]().item() == pytest.approx(OPTIMUM_LOSS, **LOSS)


def test_explorable_optimizer_paths_are_the_chapters_runs(snippet):
    """Each frame's path is optimizer_path's, step for step, on either input;
    SGD diverges exactly above 2/λmax; the prose's claims about the frames."""
    from thermometer import optimizer_path, t_u, t_un

    result = snippet(f"{CHAPTER}/explore_optimizers.py")
    g, figure = result.globals, explorable(result.output)
    labels, lrs = list(g["optimizers"]), g["lrs"]
    assert figure.sizes == [len(labels), len(lrs)] == [4, 3]
    inputs = {"t_u": (t_u, T_U), "t_un": (t_un, 0.1 * T_U)}
    ends = {}
    for i, label in enumerate(labels):
        optimizer_class, options = g["optimizers"][label]
        for j, lr in enumerate(lrs):
            summary = figure.frames[i * len(lrs) + j][1]
            for name, (x, x_numpy) in inputs.items():
                run = g["runs"][name, label, lr]
                if torch.isfinite(run).all():
                    chapter = optimizer_path(x, optimizer_class, lr=lr, **options)
                    assert torch.equal(run, chapter), (name, label, lr)
                    w, b = run[-1].tolist()
                    ends[name, label, lr] = ((w * x_numpy + b - T_C) ** 2).mean()
                    assert f"on {name} it ends at w {w:.2f}, b {b:.2f}," in summary
                else:
                    assert f"on {name} it diverges" in summary
                if label == "SGD":
                    edge = 2 / np.linalg.eigvalsh(hessian(x_numpy)).max()
                    assert (f"on {name} it diverges" in summary) == (lr > edge)
    best = {name: ((np.polyval(np.polyfit(x, T_C, 1), x) - T_C) ** 2).mean()
            for name, (_, x) in inputs.items()}  # fmt: skip
    # "momentum at 1e-2 reaches the best line" on t_un;
    assert ends["t_un", "SGD, momentum 0.9", 1e-2] < 1.01 * best["t_un"]
    # RMSprop and Adam never diverge; on t_un only RMSprop at 0.1 comes close.
    assert all(
        (name, label, lr) in ends
        for name in inputs for label in ("RMSprop", "Adam") for lr in lrs
    )  # fmt: skip
    adaptive = {key: loss for key, loss in ends.items() if key[1] != "SGD"}
    close = [key for key, loss in adaptive.items()
             if "SGD" not in key[1] and loss < 1.1 * best[key[0]]]  # fmt: skip
    assert close == [("t_un", "RMSprop", 0.1)]


def test_rates_table_is_where_the_explorable_runs_end(snippet):
    """The table's 24 runs, one parameter group for each rate, end where the
    figure's runs (each alone) end; and what the prose reads from it."""
    g = snippet(f"{CHAPTER}/explore_optimizers.py").globals
    output = snippet(f"{CHAPTER}/rates_table.py").output
    inputs = {"t_u": T_U, "t_un": 0.1 * T_U}
    table = {}
    for line in output.splitlines()[1:-1]:
        label, name = re.match(r"(.+) on (t_un?)\s", line).groups()
        cells = line[len(f"{label} on {name}") :].split()
        for lr, cell in zip(g["lrs"], cells, strict=True):
            run = g["runs"][name, label, lr]
            if torch.isfinite(run).all():
                w, b = run[-1].tolist()
                end = ((w * inputs[name] + b - T_C) ** 2).mean()
                assert float(cell) == pytest.approx(end, abs=0.011), (name, label, lr)
            else:
                assert cell == "diverges", (name, label, lr)
            table[name, label, lr] = math.inf if cell == "diverges" else float(cell)
    assert len(table) == 24
    best = lowest_loss(T_U)
    assert f"on either input: {best:.2f}" in output
    # SGD diverges exactly above 2/λmax; momentum where SGD does
    for name, x in inputs.items():
        edge = 2 / np.linalg.eigvalsh(hessian(x)).max()
        for lr in g["lrs"]:
            assert (table[name, "SGD", lr] == math.inf) == (lr > edge)
            assert (table[name, "SGD, momentum 0.9", lr] == math.inf) == (lr > edge)
    assert table["t_u", "SGD, momentum 0.9", 3e-4] < table["t_u", "SGD", 3e-4]
    assert table["t_un", "SGD, momentum 0.9", 1e-2] < 1.01 * best
    # RMSprop and Adam never diverge; slow on t_u; only RMSprop at 0.1 close on t_un
    adaptive = {k: v for k, v in table.items() if k[1] in ("RMSprop", "Adam")}
    assert max(adaptive.values()) < math.inf
    assert min(v for k, v in adaptive.items() if k[0] == "t_u") > 3 * best
    close = [k for k, v in adaptive.items() if v < 1.1 * best]
    assert close == [("t_un", "RMSprop", 0.1)]
