"""The Parameter estimation chapter reproduces the book's published runs.

Book values (Deep Learning with PyTorch, chapter 5) are kept here, not read
from anywhere: losses to a relative 1e-5, parameters to 4 decimals.
"""

import math
import re
from itertools import pairwise

import numpy as np
import pytest
from conftest import explorable

CHAPTER = "parameter_estimation"
LOSS = {"rel": 1e-5}

# The book's readings, kept here so that the closed forms below are computed
# in float64 independently of the snippets.
T_C = np.array([0.5, 14.0, 15.0, 28.0, 11.0, 8.0, 3.0, -4.0, 6.0, 13.0, 21.0])
T_U = np.array([35.7, 55.9, 58.2, 81.9, 56.3, 48.9, 33.9, 21.8, 48.4, 60.4, 68.4])
T_UN = 0.1 * T_U


def best_line(x, y):
    """Least squares for a line, by the textbook formula: (w, b, mean error²)."""
    w = ((x - x.mean()) * (y - y.mean())).sum() / ((x - x.mean()) ** 2).sum()
    b = y.mean() - w * x.mean()
    return w, b, ((w * x + b - y) ** 2).mean()


def best_loss_with_b_zero(x, y):
    """The bottom of the parabola loss(w) with b = 0."""
    w = (x * y).sum() / (x * x).sum()
    return ((w * x - y) ** 2).mean()


def condition_number(x):
    """Eigenvalues of the loss's Hessian 2/N [[Σx², Σx], [Σx, N]]: their ratio."""
    hessian = 2 / len(x) * np.array([[(x * x).sum(), x.sum()], [x.sum(), len(x)]])
    gentlest, steepest = np.linalg.eigvalsh(hessian)
    return steepest / gentlest


def rows(output):
    """The numbers of each line of a printed table that starts with a number."""
    table = [line.replace("/", " ").split() for line in output.splitlines()]
    return [[float(n) for n in row] for row in table if row and row[0].isdigit()]


def test_initial_loss(snippet):
    result = snippet(f"{CHAPTER}/initial_loss.py")
    assert result.globals["loss"].item() == pytest.approx(1763.8846, **LOSS)


def test_chain_rule_gradient_matches_book_and_finite_differences(snippet):
    result = snippet(f"{CHAPTER}/gradient_by_chain_rule.py")
    assert result.globals["grad"].tolist() == pytest.approx(
        [4517.2969, 82.6000], rel=1e-5
    )
    assert result.globals["relative"] < 1e-6


def test_finite_differences_estimate_the_gradient(snippet):
    result = snippet(f"{CHAPTER}/gradient_by_finite_differences.py")
    estimate = [result.globals["dloss_dw"].item(), result.globals["dloss_db"].item()]
    assert estimate == pytest.approx([4517.2969, 82.6000], rel=1e-4)


def test_peek_at_the_best_line_shows_b_far_from_its_start_and_w_near(snippet):
    result = snippet(f"{CHAPTER}/distance_to_the_best_line.py")
    w, b, _ = best_line(T_U, T_C)
    assert (w, b) == pytest.approx((0.536772, -17.304785), abs=1e-5)
    assert (result.globals["w_best"], result.globals["b_best"]) == pytest.approx(
        (w, b), abs=1e-4
    )
    assert f"w must move by {w - 1:+.2f}, b by {b:+.2f}" in result.output
    assert abs(b) > 30 * abs(w - 1)  # sensitive to w, but b has far to go


def test_bowl_figure_draws_its_axes_along_the_eigenvectors(snippet):
    g = snippet(f"{CHAPTER}/bowl_axes_figure.py").globals
    H = g["H"].double().numpy()
    # A symmetric 2-by-2 table, in closed form: λ = (tr ∓ √(tr² - 4 det)) / 2
    trace, det = np.trace(H), np.linalg.det(H)
    small = (trace - math.sqrt(trace**2 - 4 * det)) / 2
    large = (trace + math.sqrt(trace**2 - 4 * det)) / 2
    (flat, flat_half), (steep, steep_half) = g["reach"].values()
    assert (flat, steep) == pytest.approx((small, large))
    vectors = g["eigenvectors"].double().numpy()
    for value, vector in zip((small, large), vectors.T):
        assert H @ vector == pytest.approx(value * vector, abs=1e-6)
    # the two axes are at right angles
    assert vectors[:, 0] @ vectors[:, 1] == pytest.approx(0, abs=1e-6)
    # each arrow reaches the outer ellipse, L = c: ½ λ h² = c
    c = max(g["levels"])
    assert 0.5 * steep * steep_half**2 == pytest.approx(c)
    assert 0.5 * flat * flat_half**2 == pytest.approx(c)
    assert steep_half < flat_half  # the steep axis is the short one
    assert f"{math.sqrt(large / small):.2f} times as long" in g["alt"]
    # "with the eigenvalues marked in the figure, 6 and 1, ... √6 times as long"
    assert (small, large) == pytest.approx((1, 6))
    assert flat_half / steep_half == pytest.approx(math.sqrt(6))
    # "the thermometer's bowl turns out to be stretched far more than this one"
    assert condition_number(T_U) > 1000 * large / small


def test_one_step_with_small_learning_rate_lowers_the_loss(snippet):
    before, after = snippet(f"{CHAPTER}/one_step.py").output.splitlines()
    assert float(after.rsplit()[-1]) < float(before.rsplit()[-1])


def test_large_learning_rate_grows_thousands_of_times_to_inf(snippet):
    losses = snippet(f"{CHAPTER}/learning_rate_too_large.py").globals["losses"]
    assert losses[0] == pytest.approx(1763.8846, **LOSS)
    assert losses[1] == pytest.approx(5802485.5, **LOSS)
    assert losses[2] == pytest.approx(1.94e10, rel=5e-3)
    assert all(later / earlier > 1000 for earlier, later in pairwise(losses[:10]))
    assert math.isfinite(losses[9]) and losses[10] == math.inf  # inf at epoch 11


def test_small_learning_rate_reaches_the_b_zero_floor_then_crawls(snippet):
    result = snippet(f"{CHAPTER}/learning_rate_too_small.py")
    losses, (_, b) = result.globals["losses"], result.globals["params"].tolist()
    floor = best_loss_with_b_zero(T_U, T_C)
    _, b_best, best_loss = best_line(T_U, T_C)
    assert f"lowest loss with b = 0: {floor:.4f}" in result.output
    assert abs(losses[9] - floor) < 0.01 * floor  # the floor within ten epochs
    assert best_loss < losses[4999] < losses[999] < floor  # then below it, slowly
    assert b_best < 5 * b < 0  # b is moving, but not a fifth of the way there


def test_normalised_gradient_points_both_parameters_up(snippet):
    output = snippet(f"{CHAPTER}/normalized_gradient.py").output
    target, *lines = output.splitlines()
    assert target == f"mean target t_c: {T_C.mean():.1f}"
    for line, x in zip(lines, [T_U, T_UN], strict=True):
        errors = x - T_C  # predictions of w = 1, b = 0, minus the targets
        closed_form = [2 * (errors * x).mean(), 2 * errors.mean()]
        grad = [float(n) for n in line.split("[")[1].split("]")[0].split(",")]
        assert grad == pytest.approx(closed_form, rel=1e-5)
        assert f"mean prediction {x.mean():4.1f}," in line
    assert all(component < 0 for component in grad)  # on t_un: both must go up


def test_gradient_descent_on_normalised_input_matches_book(snippet):
    result = snippet(f"{CHAPTER}/train_normalized.py")
    w, b = result.globals["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (5.3671, -17.3012)
    losses = result.globals["losses"]
    assert losses[-1] == pytest.approx(2.927648, **LOSS)
    book_every_500 = [7.860116, 3.828538, 3.092191, 2.957697, 2.933134,
                      2.928648, 2.927830, 2.927679, 2.927652, 2.927647]  # fmt: skip
    assert losses[499::500] == pytest.approx(book_every_500, **LOSS)
    # "changes only in the fifth decimal place" over the last thousand epochs
    assert 1e-5 <= result.globals["last_change"] < 1e-4
    assert result.globals["last_change"] == pytest.approx(
        book_every_500[7] - book_every_500[9], abs=3e-6
    )
    table = {}  # epoch: (loss, w, b)
    for line in result.output.splitlines():
        if line.startswith("epoch"):
            _, epoch, _, loss, _, w, _, b = line.split()
            table[int(epoch)] = float(loss), float(w), float(b)
    assert table[1][1:] == pytest.approx([1.7761, 0.1064], abs=1e-4)  # book: 1 step
    b = {epoch: row[2] for epoch, row in table.items()}
    assert b[2] > b[1] > 0 > b[10] > b[100] > b[5000]  # up first, then down
    # The loss has settled at the least-squares minimum; b is still off.
    _, b_best, best_loss = best_line(T_UN, T_C)
    assert losses[-1] == pytest.approx(best_loss, rel=1e-5)
    assert abs(b[5000] - b_best) > 1e-3


def test_curvature_scaling_then_centring_shrinks_the_condition_number(snippet):
    output = snippet(f"{CHAPTER}/curvature.py").output
    kappa = [float(line.split()[-1]) for line in output.splitlines()[1:]]
    expected = [condition_number(x) for x in (T_U, T_UN, T_UN - T_UN.mean())]
    assert kappa == pytest.approx(expected, abs=0.1)
    assert kappa[0] == pytest.approx(33600, rel=1e-3)  # raw: a very narrow valley
    assert kappa[1] == pytest.approx(357, rel=1e-3)  # scaled: still a narrow one
    # Centred, the Hessian is diagonal: 2 var(x) for w and 2 for b.
    variance = T_UN.var()
    assert kappa[2] == pytest.approx(max(variance, 1) / min(variance, 1), abs=0.05)
    assert kappa[2] < 5  # "a few units"


def test_loss_curve_plateau_sits_just_below_the_b_zero_floor(snippet):
    result = snippet(f"{CHAPTER}/fitted_line_and_loss_curve.py")
    losses, floor = result.globals["losses"], result.globals["floor"].item()
    assert floor == pytest.approx(best_loss_with_b_zero(T_UN, T_C), rel=1e-5)
    assert losses[2] > floor > losses[9] > 0.95 * floor  # reached within ten epochs
    assert losses[99] < 0.8 * floor  # by epoch 100 it is falling again
    assert f"with b = 0 ({floor:.2f})" in result.output


def test_integer_parameters_error_is_shown_and_fixed(snippet):
    output = snippet(f"{CHAPTER}/error_integer_parameters.py").output
    assert (
        "RuntimeError: result type Float can't be cast to the desired output type Long"
        in output
    )
    assert "with float parameters" in output


def test_divergence_is_caught_at_first_non_finite_loss(snippet):
    result = snippet(f"{CHAPTER}/error_loss_becomes_nan.py")
    assert result.globals["bad"][0] == 11


def test_exercise_largest_learning_rate_lies_between_3_3e4_and_3_4e4(snippet):
    output = snippet(f"{CHAPTER}/exercise_largest_learning_rate.py").output
    verdicts = dict(line.split(":", 1) for line in output.splitlines())
    assert verdicts["lr 3.3e-04"].endswith("converging")
    assert verdicts["lr 3.4e-04"].endswith("diverging")


def test_exercise_standardised_input_converges_in_far_fewer_epochs(snippet):
    g = snippet(f"{CHAPTER}/exercise_standardized_input.py").globals
    scaled = g["epochs_to_reach"](g["target"], g["t_un"], 1e-2)
    standardised = g["epochs_to_reach"](g["target"], g["t_us"], 1e-1)
    assert standardised * 10 < scaled


def test_exercise_least_squares_agrees_with_gradient_descent(snippet):
    g = snippet(f"{CHAPTER}/exercise_least_squares.py").globals
    assert (g["w_exact"], g["b_exact"]) == pytest.approx(
        (0.536772, -17.304785), abs=1e-5
    )
    assert (0.1 * g["w"], g["b"]) == pytest.approx(
        (g["w_exact"], g["b_exact"]), abs=5e-3
    )


def test_exercise_absolute_error_is_still_far_from_its_optimum(snippet):
    table = rows(snippet(f"{CHAPTER}/exercise_absolute_error.py").output)
    after = {int(row[0]): row[1:] for row in table}
    optimum = snippet(f"{CHAPTER}/exercise_absolute_error_optimum.py")
    i, j = optimum.globals["i"], optimum.globals["j"]
    w_abs = (T_C[j] - T_C[i]) / (T_UN[j] - T_UN[i])  # the line through the pair
    b_abs = T_C[i] - w_abs * T_UN[i]
    fit = [float(v) for v in optimum.globals["fits"]["absolute error"]]
    assert fit == pytest.approx([w_abs, b_abs], abs=1e-4)

    # An independent check that this line minimises the mean absolute error:
    # the loss is convex, so no small step in any direction may lower it.
    def mae(w, b):
        return np.abs(w * T_UN + b - T_C).mean()

    angles = np.linspace(0, 2 * np.pi, 3600, endpoint=False)
    steps = 1e-6 * np.stack([np.cos(angles), np.sin(angles)], axis=1)
    assert min(mae(w_abs + dw, b_abs + db) for dw, db in steps) >= mae(w_abs, b_abs)

    b_10000 = after[10_000][1]
    assert abs(b_10000 - b_abs) > 1  # still more than a unit short
    assert after[5000][1] > b_10000 > b_abs  # but heading there
    assert after[10_000][-1] > mae(w_abs, b_abs)

    # Each line wins on its own loss.
    w_sq, b_sq, best_loss = best_line(T_UN, T_C)
    assert mae(w_abs, b_abs) < mae(w_sq, b_sq)
    assert ((w_abs * T_UN + b_abs - T_C) ** 2).mean() > best_loss
    gap = (w_abs - w_sq) * T_UN + (b_abs - b_sq)
    line = f"its predictions minus the second's: {gap.min():+.2f} to {gap.max():+.2f}"
    assert line in optimum.output and gap.min() > 0


def test_exercise_shifted_targets_keep_the_slope_and_raise_b_by_10(snippet):
    g = snippet(f"{CHAPTER}/exercise_shifted_targets.py").globals
    w_best, b_best, _ = best_line(T_UN, T_C + 10)
    _, b_unshifted, _ = best_line(T_UN, T_C)
    assert b_best == pytest.approx(b_unshifted + 10)  # the bottom moved up by 10
    assert (g["w_best"], g["b_best"]) == pytest.approx((w_best, b_best), abs=1e-4)
    assert (g["w"], g["b"]) == pytest.approx((w_best, b_best), abs=1e-2)
    assert (g["predicted_w"], g["predicted_b"]) == pytest.approx(
        (w_best, b_best), abs=1e-2
    )
    # "neither run has quite reached its bottom"
    assert 0 < abs(g["b"] - b_best) < abs(g["predicted_b"] - b_best)
    # From (1, 0), the shifted bottom is less than half as far; each run is
    # left about the fraction (1 - lr λmin)^5000 of its way, λmin the flat
    # axis's eigenvalue, since the steep component has long died out.
    x = T_UN
    hessian = 2 / len(x) * np.array([[(x * x).sum(), x.sum()], [x.sum(), len(x)]])
    flat_factor = (1 - 1e-2 * np.linalg.eigvalsh(hessian)[0]) ** 5000
    output = snippet(f"{CHAPTER}/exercise_shifted_targets.py").output
    distances = re.findall(r"([\d.]+) from its bottom at the start, ([\d.]+)", output)
    (far, left), (far_shifted, left_shifted) = [map(float, d) for d in distances]
    for shift, start, end in [(0, far, left), (10, far_shifted, left_shifted)]:
        w_end, b_end, _ = best_line(T_UN, T_C + shift)
        assert start == pytest.approx(math.dist((1, 0), (w_end, b_end)), abs=0.005)
        assert end / start == pytest.approx(flat_factor, rel=0.1)
    assert far_shifted < far / 2 and left_shifted < left / 2  # "less than half"


def test_exercise_mean_error_is_zero_for_a_useless_line_and_has_no_minimum(snippet):
    result = snippet(f"{CHAPTER}/exercise_mean_error.py")
    *rows, best = result.output.splitlines()[1:]
    table = {row[:23].strip(): [float(v) for v in row[23:].split()] for row in rows}
    flat = table["horizontal, at the mean"]  # mean error, dL/db, squared error
    lower = table["the same, 100 lower"]
    trained = table["the trained line"]
    assert flat == pytest.approx([0, 0, T_C.var()], abs=1e-3)  # w = 0, b = mean
    # no lowest point: 100 lower scores -100, lower still than the best line
    assert lower == pytest.approx([-100, -200, T_C.var() + 100**2], abs=1e-3)
    _, _, best_loss = best_line(T_UN, T_C)
    assert trained[2] == pytest.approx(best_loss, rel=1e-4)
    # dL/db = 2 x the mean error, on every line
    for mean, slope, _ in table.values():
        assert slope == pytest.approx(2 * mean, abs=2e-4)
    # the trained line is not quite at the bottom; the solved one is, to
    # double precision: mean error and slope zero, the least squared error
    assert 0 < abs(trained[0]) < 1e-3
    g = result.globals
    w_best, b_best, _ = best_line(T_UN, T_C)
    assert (g["w_best"], g["b_best"]) == pytest.approx((w_best, b_best))
    assert abs(g["best_mean"]) < 1e-12 and abs(g["best_slope"]) < 1e-12
    assert f"mean squared error {best_loss:.4f}" in best
    assert flat[2] > 10 * trained[2]  # the horizontal line ties on the mean error


def test_broadcasting_stretches_a_number_and_pairs_a_row_with_a_column(snippet):
    output = snippet(f"{CHAPTER}/broadcasting.py").output
    assert list(np.broadcast_shapes((), (11,))) == [11]
    assert list(np.broadcast_shapes((11,), (11, 1))) == [11, 11]
    assert output.splitlines()[0].endswith("-> [11]")
    assert output.splitlines()[1].endswith("-> [11, 11]")


def largest_curvature(x):
    """λmax of the loss's Hessian 2/N [[Σx², Σx], [Σx, N]], in float64."""
    hessian = 2 / len(x) * np.array([[(x * x).sum(), x.sum()], [x.sum(), len(x)]])
    return np.linalg.eigvalsh(hessian)[-1]


def test_explorable_learning_rates_diverge_exactly_above_two_over_lambda_max(snippet):
    result = snippet(f"{CHAPTER}/explore_learning_rate.py")
    figure = explorable(result.output)
    lrs, inputs = result.globals["lrs"], {"t_u": T_U, "t_un": T_UN}
    assert figure.sizes == [len(inputs), len(lrs)]
    for i, (name, x) in enumerate(inputs.items()):
        edge = 2 / largest_curvature(x)
        verdicts = []
        for j, lr in enumerate(lrs):
            alt, summary, _ = figure.frames[i * len(lrs) + j]
            assert summary.startswith(f"lr {figure.values[1][j][0]} on {name}: ")
            assert summary in alt
            assert ("diverges" in summary) == (lr > edge), summary
            verdicts.append(summary.split(": ")[1])
        # Both sides of the edge are on the slider, for both inputs.
        assert "diverges" in verdicts and "diverges" not in verdicts[0]
    # Only on t_un does a rate reach the best line within the run.
    summaries = [frame[1] for frame in figure.frames]
    converged = [s for s in summaries if "converges" in s]
    assert converged and all(" on t_un: " in s for s in converged)


def test_explorable_learning_rate_shows_the_chapters_run_first(snippet):
    result = snippet(f"{CHAPTER}/explore_learning_rate.py")
    figure, lrs = explorable(result.output), result.globals["lrs"]
    chapter = snippet(f"{CHAPTER}/train_normalized.py").globals["losses"]
    n_epochs = result.globals["n_epochs"]
    frame = figure.frames[len(lrs) + lrs.index(1e-2)]  # t_un, lr 1e-2
    assert figure.summary == frame[1]
    assert f"from {chapter[0]:.4g} to {chapter[n_epochs - 1]:.3g} in {n_epochs}" in (
        figure.summary
    )
