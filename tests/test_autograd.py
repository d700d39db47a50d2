"""The Autograd chapter: autograd reproduces the first chapter's gradient and
the book's training run, and every other block shows what the page says.

Book values (Deep Learning with PyTorch, chapter 5) are kept here, not read
from anywhere: gradients and losses to a relative 1e-5, parameters to 4
decimals. Error messages are the key part of what the pinned PyTorch prints.
"""

import re

import pytest
import torch
from conftest import explorable
from scalar_autograd import Value

CHAPTER = "autograd"
BOOK_GRADIENT = [4517.2969, 82.6000]  # at w = 1, b = 0, on the raw readings
REL = {"rel": 1e-5}


def numbers(line):
    return [float(x) for x in re.findall(r"-?\d+\.\d+(?:e[-+]\d+)?", line)]


# ─── Gradients from autograd ──────────────────────────────────────────────────


def test_grad_is_none_before_backward_and_the_book_gradient_after(snippet):
    result = snippet(f"{CHAPTER}/requires_grad.py")
    before, after = result.output.splitlines()
    assert before.endswith("params.grad is None")
    assert numbers(after) == pytest.approx(BOOK_GRADIENT, **REL)
    assert result.globals["params"].grad.tolist() == pytest.approx(BOOK_GRADIENT, **REL)


def test_autograd_gradient_is_the_chain_rule_gradient(snippet):
    g = snippet(f"{CHAPTER}/autograd_vs_chain_rule.py").globals
    assert g["params"].grad.tolist() == pytest.approx(BOOK_GRADIENT, **REL)
    assert g["by_hand"].tolist() == pytest.approx(BOOK_GRADIENT, **REL)
    assert g["relative"] <= torch.finfo(torch.float32).eps  # what the page says


def test_second_backward_without_zeroing_doubles_the_gradient(snippet):
    result = snippet(f"{CHAPTER}/gradients_accumulate.py")
    first, second, zeroed = result.output.splitlines()
    assert numbers(first) == pytest.approx(BOOK_GRADIENT, **REL)
    assert numbers(second) == pytest.approx([2 * x for x in BOOK_GRADIENT], **REL)
    assert zeroed == "after zero_(): tensor([0., 0.])"
    assert result.globals["params"].grad.tolist() == [0.0, 0.0]


def test_zero_without_the_guard_fails_before_the_first_backward(snippet):
    result = snippet(f"{CHAPTER}/zero_grad_guard.py")
    assert "AttributeError: 'NoneType' object has no attribute 'zero_'" in result.output
    assert result.globals["params"].grad is None


def test_optimizer_zero_grad_sets_grad_to_none(snippet):
    result = snippet(f"{CHAPTER}/optimizer_zero_grad.py")
    after_backward, after_zero_grad = result.output.splitlines()
    assert numbers(after_backward) == pytest.approx(BOOK_GRADIENT, **REL)
    assert after_zero_grad.endswith("None")
    assert result.globals["params"].grad is None


def test_only_the_data_and_the_parameters_are_leaves(snippet):
    output = snippet(f"{CHAPTER}/leaf_tensors.py").output
    rows = {line.split()[0]: line for line in output.splitlines()}
    assert "is_leaf=True" in rows["t_u"] and "is_leaf=True" in rows["params"]
    assert rows["t_p"].endswith("is_leaf=False  grad_fn=AddBackward0")
    assert rows["loss"].endswith("is_leaf=False  grad_fn=MeanBackward0")


# ─── Updating the parameters, and training ────────────────────────────────────

ONE_STEP = [1.7761, 0.1064]  # the book: one step of lr 1e-2 on t_un


@pytest.mark.parametrize("name", ["update_under_no_grad", "update_with_detach"])
def test_update_keeps_params_a_leaf_that_requires_grad(snippet, name):
    params = snippet(f"{CHAPTER}/{name}.py").globals["params"]
    assert params.is_leaf and params.requires_grad and params.grad_fn is None
    assert params.tolist() == pytest.approx(ONE_STEP, abs=1e-4)


def test_update_without_detach_leaves_the_new_params_without_gradient(snippet):
    result = snippet(f"{CHAPTER}/update_without_detach.py")
    params = result.globals["params"]
    assert not params.is_leaf and type(params.grad_fn).__name__ == "SubBackward0"
    assert result.output.splitlines()[-1].endswith("backward: None")


def test_training_loop_with_autograd_matches_book(snippet):
    g = snippet(f"{CHAPTER}/train_with_autograd.py").globals
    w, b = g["params"].tolist()
    assert (round(w, 4), round(b, 4)) == (5.3671, -17.3012)
    assert g["losses"][-1] == pytest.approx(2.927648, **REL)
    book_every_500 = [7.860116, 3.828538, 3.092191, 2.957697, 2.933134,
                      2.928648, 2.927830, 2.927679, 2.927652, 2.927647]  # fmt: skip
    assert g["losses"][499::500] == pytest.approx(book_every_500, **REL)


# ─── The graph ────────────────────────────────────────────────────────────────

GRAPH = ["MeanBackward0", "PowBackward0", "SubBackward0", "AddBackward0",
         "MulBackward0", "AccumulateGrad"]  # fmt: skip


def test_grad_fn_and_next_functions_are_shown_by_name(snippet):
    output = snippet(f"{CHAPTER}/grad_fn_and_next_functions.py").output
    assert output.splitlines() == [
        "loss.grad_fn: MeanBackward0",
        "next_functions entry: PowBackward0 0",
        "w ** 2: PowBackward0",  # the digit tells variants apart
        "w ** tensor(2.0): PowBackward1",
    ]


def test_walking_next_functions_visits_the_whole_graph(snippet):
    output = snippet(f"{CHAPTER}/walk_the_graph.py").output
    assert [line.strip() for line in output.splitlines()] == [
        "MeanBackward0",
        "PowBackward0",
        "SubBackward0",
        "AddBackward0",
        "MulBackward0",
        "AccumulateGrad -> w.grad",
        "None",
        "AccumulateGrad -> b.grad",
        "None",
    ]


def test_graph_figure_shows_the_live_nodes(snippet):
    result = snippet(f"{CHAPTER}/backward_graph.py")
    texts = set(re.findall(r">([^<>]+)</text>", result.output))
    live = {type(node).__name__ for node in result.globals["where"]}
    assert live == set(GRAPH)
    assert live | {"into w.grad", "into b.grad"} <= texts
    assert len(result.globals["edges"]) == len(result.globals["where"]) - 1  # a tree


def test_broadcast_parameters_get_the_sum_of_one_gradient_per_reading(snippet):
    result = snippet(f"{CHAPTER}/backward_sums_over_readings.py")
    to_b, to_w = result.globals["to_b"], result.globals["to_w"]
    t_u = result.globals["t_u"]
    assert to_b.shape == to_w.shape == t_u.shape  # one value per reading...
    b_grad, w_grad = numbers(result.output.splitlines()[-1])
    assert [w_grad, b_grad] == pytest.approx(BOOK_GRADIENT, **REL)  # ...summed
    assert [to_w.sum().item(), to_b.sum().item()] == pytest.approx(BOOK_GRADIENT, **REL)
    assert torch.equal(to_w, to_b * t_u)  # MulBackward0: times the reading
    # Summed between the nodes: AccumulateGrad receives the leaf's shape, [].
    received = result.globals["received"]
    assert sorted(received) == ["b", "w"]
    for name in ("w", "b"):
        assert received[name].shape == torch.Size([])
        assert received[name].shape == result.globals[name].shape
    assert [received["w"].item(), received["b"].item()] == pytest.approx(
        BOOK_GRADIENT, **REL
    )
    assert "receives torch.Size([])" in result.output


# ─── Keeping the graph out of the way ─────────────────────────────────────────


def test_requires_grad_spreads_and_detach_stops_it(snippet):
    result = snippet(f"{CHAPTER}/requires_grad_spreads.py")
    flags = [line.rsplit(":", 1)[1].strip() for line in result.output.splitlines()]
    assert flags[:4] == ["True", "True", "False", "True"]
    assert "[35.7 55.9 58.2 81.9]" in result.output


def test_no_grad_records_nothing(snippet):
    t_p = snippet(f"{CHAPTER}/no_grad.py").globals["t_p"]
    assert not t_p.requires_grad and t_p.grad_fn is None


def test_set_grad_enabled_follows_is_train(snippet):
    output = snippet(f"{CHAPTER}/set_grad_enabled.py").output
    assert output.splitlines() == [
        "is_train=True   loss.requires_grad=True",
        "is_train=False  loss.requires_grad=False",
    ]


# ─── Checking gradients ───────────────────────────────────────────────────────


def test_chain_rule_autograd_and_finite_differences_agree(snippet):
    g = snippet(f"{CHAPTER}/gradient_check.py").globals
    grads = g["gradients"]
    assert grads["autograd"].tolist() == pytest.approx(BOOK_GRADIENT, **REL)
    relative = {
        name: ((grad - grads["autograd"]).abs() / grads["autograd"].abs()).max()
        for name, grad in grads.items()
    }
    assert relative["chain rule"] < 1e-12
    assert relative["finite differences"] < 1e-7


def test_gradcheck_passes(snippet):
    result = snippet(f"{CHAPTER}/gradcheck.py")
    assert result.globals["passed"] is True
    assert result.output.strip().endswith("True")


# ─── Autograd from scratch ────────────────────────────────────────────────────


def test_scalar_engine_matches_torch_on_every_operation():
    def f(a, b):  # every operator of the engine; a and b each used many times
        return (a * b + 3 - a / b) ** 2 / (2 - b) + (-a) * 0.5 - 1 / a + 2 * b

    a, b = Value(1.5), Value(-0.75)
    out = f(a, b)
    out.backward()
    a_t, b_t = (torch.tensor(x, dtype=torch.float64, requires_grad=True)
                for x in (1.5, -0.75))  # fmt: skip
    out_t = f(a_t, b_t)
    out_t.backward()
    assert out.data == pytest.approx(out_t.item(), abs=1e-12)
    assert (a.grad, b.grad) == pytest.approx((a_t.grad.item(), b_t.grad.item()))


def test_scalar_engine_gives_the_book_gradient(snippet):
    g = snippet(f"{CHAPTER}/scalar_gradient.py").globals
    assert g["loss"].data == pytest.approx(1763.8846, **REL)
    assert [g["w"].grad, g["b"].grad] == pytest.approx(BOOK_GRADIENT, **REL)


def test_scalar_engine_gradients_match_torch_to_1e_6(snippet):
    result = snippet(f"{CHAPTER}/scalar_vs_torch.py")
    assert len(result.globals["gaps"]) == 3
    assert max(result.globals["gaps"]) < 1e-6


def test_scalar_engine_trains_like_torch(snippet):
    g = snippet(f"{CHAPTER}/scalar_training.py").globals
    assert g["n_epochs"] == 500
    assert g["loss"].data == pytest.approx(g["losses"][-1], abs=1e-9)
    assert g["losses"][-1] == pytest.approx(7.860116, **REL)  # the book's epoch 500
    assert g["params"].tolist() == pytest.approx([g["w"], g["b"]], abs=1e-9)


# ─── Common errors ────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("error_in_place_update_of_leaf",
         "RuntimeError: a leaf Variable that requires grad is being used in an "
         "in-place operation."),
        ("error_grad_of_non_leaf",
         "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor "
         "is being accessed."),
        ("error_backward_twice",
         "RuntimeError: Trying to backward through the graph a second time"),
        ("error_backward_without_requires_grad",
         "RuntimeError: element 0 of tensors does not require grad and does not "
         "have a grad_fn"),
        ("error_backward_on_non_scalar",
         "RuntimeError: grad can be implicitly created only for scalar outputs"),
        ("error_numpy_of_tensor_requiring_grad",
         "RuntimeError: Can't call numpy() on Tensor that requires grad. "
         "Use tensor.detach().numpy() instead."),
        ("error_integer_requires_grad",
         "RuntimeError: Only Tensors of floating point and complex dtype can "
         "require gradients"),
        ("error_float_of_loss",
         "UserWarning: Converting a tensor with requires_grad=True to a scalar "
         "may lead to unexpected behavior."),
    ],
)  # fmt: skip
def test_common_error_is_shown_with_its_message(snippet, name, message):
    assert message in snippet(f"{CHAPTER}/{name}.py").output


@pytest.mark.parametrize(
    "name",
    [
        "error_in_place_update_of_leaf",
        "error_grad_of_non_leaf",
        "error_backward_twice",
        "error_backward_without_requires_grad",
        "error_backward_on_non_scalar",
    ],
)
def test_common_error_fix_gives_the_gradient(snippet, name):
    result = snippet(f"{CHAPTER}/{name}.py")
    if name == "error_in_place_update_of_leaf":  # the fix is the update itself
        assert result.globals["params"].tolist() == pytest.approx(ONE_STEP, abs=1e-4)
    else:
        last_line = result.output.splitlines()[-1]
        assert numbers(last_line) == pytest.approx(BOOK_GRADIENT, **REL)


def test_item_does_not_warn_where_float_does(snippet):
    output = snippet(f"{CHAPTER}/error_float_of_loss.py").output
    assert output.splitlines()[-1] == "warnings from loss.item(): 0"


# ─── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_quadratic_gradient_by_hand_matches_autograd(snippet):
    g = snippet(f"{CHAPTER}/exercise_quadratic_gradient.py").globals
    assert g["params"].grad.shape == (3,)
    assert g["relative"] < 1e-6


def test_exercise_autograd_grad_returns_the_gradient_and_leaves_grad_alone(snippet):
    result = snippet(f"{CHAPTER}/exercise_autograd_grad.py")
    assert result.globals["grad"].tolist() == pytest.approx(BOOK_GRADIENT, **REL)
    assert result.globals["params"].grad is None
    first, second = (numbers(line) for line in result.output.splitlines())
    assert first == second  # nothing accumulated


def test_exercise_exp_and_tanh_match_torch(snippet):
    gaps = snippet(f"{CHAPTER}/exercise_scalar_exp_tanh.py").globals["gaps"]
    assert len(gaps) == 5 and max(gaps) < 1e-12


def test_exercise_torch_graph_stays_small_while_the_scalar_graph_grows(snippet):
    g = snippet(f"{CHAPTER}/exercise_count_nodes.py").globals
    assert [g["torch_nodes"](n) for n in (1, 5, 11)] == [7, 7, 7]
    assert [g["scratch_nodes"](n) for n in (1, 5, 11)] == [15, 51, 105]


def test_exercise_one_leaf_used_twice_gets_both_gradients_and_detach_cuts_one(
    snippet,
):
    g = snippet(f"{CHAPTER}/exercise_one_leaf_twice.py").globals
    dw, db = BOOK_GRADIENT  # the book's gradient at w = 1, b = 0
    assert g["used_twice"] == pytest.approx(dw + db, **REL)
    assert g["detached"] == pytest.approx(dw, **REL)
    assert g["predicted_used_twice"] == pytest.approx(g["used_twice"], **REL)
    assert g["predicted_detached"] == pytest.approx(g["detached"], **REL)


def test_exercise_backward_weights_of_one_nth_give_the_mean_gradient(snippet):
    g = snippet(f"{CHAPTER}/exercise_backward_weights.py").globals
    assert g["weights"].tolist() == pytest.approx([1 / 11] * 11)
    assert g["params"].grad.tolist() == pytest.approx(BOOK_GRADIENT, **REL)


def test_explorable_backward_steps_end_at_the_gradients_autograd_printed(snippet):
    figure = explorable(snippet(f"{CHAPTER}/explore_backward.py").output)
    summaries = [summary for _, summary, _ in figure.frames]
    assert figure.sizes == [8] and figure.summary == summaries[-1]  # shown last
    assert summaries[0].startswith("Before backward()")
    # The mean's share: 1/N for each of the 11 readings.
    assert f"11 values, each {1 / 11:.4g}" in summaries[1]
    # The leaves' 11 values are summed between the nodes, as AddBackward0 and
    # MulBackward0 hand them on; AccumulateGrad receives one number, the one
    # backward() computed, as the chapter printed it.
    assert [s.split()[0] for s in summaries[4:6]] == ["AddBackward0", "MulBackward0"]
    assert "b.grad, 11 values summed to one" in summaries[4]
    assert "w.grad, 11 values summed to one" in summaries[5]
    assert all("already a single number" in s for s in summaries[-2:])
    printed = snippet(f"{CHAPTER}/backward_sums_over_readings.py").output
    grads = dict(re.findall(r"(\w)\.grad = (-?[\d.]+)", printed.splitlines()[-1]))
    assert f"b.grad = {grads['b']}" in summaries[-2]
    assert f"w.grad = {grads['w']}" in summaries[-1]
    assert (
        f"loss.backward() gives w.grad = {grads['w']}, b.grad = {grads['b']}"
        in (summaries[-1])
    )
    # The drawing changes at every step: each step lights another node.
    assert len({tuple(pieces) for _, _, pieces in figure.frames}) == 8
