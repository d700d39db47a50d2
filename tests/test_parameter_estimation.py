"""The Parameter estimation chapter reproduces the book's published runs.

Book values (Deep Learning with PyTorch, chapter 5) are kept here, not read
from anywhere: losses to a relative 1e-5, parameters to 4 decimals.
"""

import math
from itertools import pairwise

import pytest

CHAPTER = "parameter_estimation"
LOSS = {"rel": 1e-5}


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


def test_small_learning_rate_stalls(snippet):
    result = snippet(f"{CHAPTER}/learning_rate_too_small.py")
    losses, (_, b) = result.globals["losses"], result.globals["params"].tolist()
    assert losses[9] < 30 and losses[4999] > 20  # fast at first, then barely moving
    assert abs(b) < 2  # the bias has hardly left zero (the answer is about -17)


def test_normalised_gradient_is_balanced(snippet):
    output = snippet(f"{CHAPTER}/normalized_gradient.py").output
    raw, normalised = (float(line.rsplit("=")[-1]) for line in output.splitlines())
    assert raw > 50 and normalised < 10


def test_gradient_descent_on_normalised_input_matches_book(snippet):
    result = snippet(f"{CHAPTER}/train_normalized.py")
    w, b = result.globals["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (5.3671, -17.3012)
    losses = result.globals["losses"]
    assert losses[-1] == pytest.approx(2.927648, **LOSS)
    book_every_500 = [7.860116, 3.828538, 3.092191, 2.957697, 2.933134,
                      2.928648, 2.927830, 2.927679, 2.927652, 2.927647]  # fmt: skip
    assert losses[499::500] == pytest.approx(book_every_500, **LOSS)


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


def test_exercise_absolute_error_fit_is_still_moving_and_worse_in_squared_error(
    snippet,
):
    result = snippet(f"{CHAPTER}/exercise_absolute_error.py")
    rows = [line.split() for line in result.output.splitlines()[1:]]
    w_5000, w_10000 = (float(row[1]) for row in rows if row[0] in ("5000", "10000"))
    assert w_10000 - w_5000 > 0.5  # fixed-size steps: far from settled
    assert float(rows[-1][4]) > 2.927648  # squared error above the least-squares fit
