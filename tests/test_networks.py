"""The From a line to a network chapter: modules hold and name their
parameters, a hidden layer bends the line, and what the page says about the
networks' losses, their starts, their loss surface and their mistakes holds.

Reference numbers are the book's (Deep Learning with PyTorch, chapter 5: one
step of SGD on the normalised readings) or computed here independently: closed
forms, least squares, and the chapter's own relations (a network against the
best line). Error messages are the key part of what the pinned PyTorch prints.
"""

import math
import re
from itertools import pairwise

import pytest
import thermometer
import torch

CHAPTER = "networks"
BOOK_ONE_STEP = (1.7761, 0.1064)  # w, b after one SGD step, lr 1e-2, on t_un
FITS = f"{CHAPTER}/fits_figure.py"


def numbers(text):
    return [float(n) for n in re.findall(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?", text)]


def count(module):
    return sum(param.numel() for param in module.parameters())


def best_line_losses():
    """The least-squares line on the training readings, solved here in double
    precision: its training and validation loss, the best a line can do."""
    A = torch.stack([thermometer.train_t_un, torch.ones(9)], 1).double()
    wb = torch.linalg.lstsq(A, thermometer.train_t_c.double()[:, None]).solution
    w, b = wb.squeeze(1).tolist()
    train = thermometer.loss_fn(w * thermometer.train_t_un.double() + b,
                                thermometer.train_t_c.double())  # fmt: skip
    val = thermometer.loss_fn(w * thermometer.val_t_un.double() + b,
                              thermometer.val_t_c.double())  # fmt: skip
    return train.item(), val.item(), (w, b)


# ─── Modules ───────────────────────────────────────────────────────────────────


def test_line_module_registers_its_parameters_and_takes_the_books_step(snippet):
    result = snippet(f"{CHAPTER}/line_module.py")
    line = result.globals["line"]
    assert [name for name, _ in line.named_parameters()] == ["w", "b"]
    assert result.output.startswith("w: 1.0, requires_grad=True\n")
    w, b = line.w.item(), line.b.item()
    assert (round(w, 4), round(b, 4)) == BOOK_ONE_STEP


def test_network_module_has_3h_plus_1_parameters_named_after_its_layers(snippet):
    result = snippet(f"{CHAPTER}/network_module.py")
    net, Network = result.globals["net"], result.globals["Network"]
    shapes = {name: tuple(p.shape) for name, p in net.named_parameters()}
    assert shapes == {"hidden.weight": (8, 1), "hidden.bias": (8,),
                      "output.weight": (1, 8), "output.bias": (1,)}  # fmt: skip
    for n_hidden in [1, 8, 13]:
        assert count(Network(n_hidden)) == 3 * n_hidden + 1
    assert result.output.rstrip().endswith("in all: 25")


def test_sequential_starts_from_the_same_numbers_as_the_class(snippet):
    as_class = snippet(f"{CHAPTER}/network_module.py").globals["net"]
    result = snippet(f"{CHAPTER}/sequential.py")
    net = result.globals["net"]
    assert isinstance(net, torch.nn.Sequential)
    assert [name for name, _ in net.named_parameters()] == [
        "0.weight", "0.bias", "2.weight", "2.bias"]  # fmt: skip
    for a, b in zip(as_class.parameters(), net.parameters()):
        assert torch.equal(a, b)
    assert "input (9, 1) -> output (9, 1)" in result.output
    assert result.output.rstrip().endswith("same start: True True")


def test_columns_are_the_books_split_as_rows_of_one():
    for column, readings in [
        (thermometer.train_t_un_column, thermometer.train_t_un),
        (thermometer.train_t_c_column, thermometer.train_t_c),
        (thermometer.val_t_un_column, thermometer.val_t_un),
        (thermometer.val_t_c_column, thermometer.val_t_c),
    ]:
        assert column.shape == (len(readings), 1)
        assert torch.equal(column.squeeze(1), readings)


# ─── What a hidden layer computes ──────────────────────────────────────────────


def test_hidden_units_figure_shows_bends_mostly_left_of_the_readings(snippet):
    g = snippet(f"{CHAPTER}/hidden_units_figure.py").globals
    bends, low = g["bends"], thermometer.t_un.min().item()
    assert (bends < low).sum() > len(bends) / 2  # "mostly to the left"
    torch.manual_seed(0)
    hidden = thermometer.network(8, torch.nn.ReLU)[0]
    # A ReLU unit is 0 on every reading if w t + b <= 0 at both ends of the range.
    ends = torch.stack([thermometer.t_un.min(), thermometer.t_un.max()])
    silent = (hidden.weight * ends + hidden.bias[:, None] <= 0).all(dim=1).sum()
    assert silent >= 2  # "several ReLU units are flat at zero"
    assert f"ReLU: {silent} units are zero across the readings" in g["alt"]


# ─── The loop and the recipe ───────────────────────────────────────────────────


def test_module_loop_validates_in_eval_mode_without_a_graph():
    seen = []  # at each call: (training mode?, recording a graph?)

    class Spy(torch.nn.Linear):
        def forward(self, x):
            seen.append((self.training, torch.is_grad_enabled()))
            return super().forward(x)

    spy = Spy(1, 1)
    thermometer.training_loop_module(
        2, torch.optim.SGD(spy.parameters(), lr=1e-2), spy, torch.nn.MSELoss(),
        thermometer.train_t_un_column, thermometer.train_t_c_column,
        thermometer.val_t_un_column, thermometer.val_t_c_column,
    )  # fmt: skip
    assert seen == [(False, False), (True, True)] * 2


def test_module_loop_trains_a_line_as_the_loop_with_validation_does():
    line = torch.nn.Linear(1, 1)
    with torch.no_grad():
        line.weight.fill_(1.0)
        line.bias.fill_(0.0)
    module_losses = thermometer.training_loop_module(
        100, torch.optim.SGD(line.parameters(), lr=1e-2), line, torch.nn.MSELoss(),
        thermometer.train_t_un_column, thermometer.train_t_c_column,
        thermometer.val_t_un_column, thermometer.val_t_c_column,
    )  # fmt: skip
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    tensor_losses = thermometer.training_loop_with_validation(
        100, torch.optim.SGD([params], lr=1e-2), thermometer.model, params,
        thermometer.train_t_un, thermometer.train_t_c,
        thermometer.val_t_un, thermometer.val_t_c,
    )  # fmt: skip
    for ours, theirs in zip(module_losses, tensor_losses):
        assert ours == pytest.approx(theirs, rel=1e-5)


def test_gradients_at_the_start_span_orders_of_magnitude(snippet):
    result = snippet(f"{CHAPTER}/gradient_sizes.py")
    net, sizes = result.globals["net"], result.globals["sizes"]
    assert sizes.max() / sizes.min() > 1000
    # The output bias's gradient, by hand: d/dc mean((t_p - t_c)^2) = 2 mean(t_p - t_c)
    with torch.no_grad():
        t_p = net(thermometer.train_t_un_column)
    by_hand = 2 * (t_p - thermometer.train_t_c_column).mean()
    assert net[2].bias.grad.item() == pytest.approx(by_hand.item(), rel=1e-5)


def test_train_network_is_repeatable_from_its_seed():
    first = thermometer.train_network(torch.nn.Tanh, seed=3, n_epochs=20)
    again = thermometer.train_network(torch.nn.Tanh, seed=3, n_epochs=20)
    assert first[1:] == again[1:]
    for a, b in zip(first[0].parameters(), again[0].parameters()):
        assert torch.equal(a, b)


def test_sgd_at_its_best_stays_above_the_best_line_and_adam_below(snippet):
    result = snippet(f"{CHAPTER}/sgd_vs_adam.py")
    g = result.globals
    line_train, _, _ = best_line_losses()
    finite = [loss for loss in g["sgd_losses"].values() if math.isfinite(loss)]
    assert len(g["sgd_losses"]) == 5 and finite
    assert min(finite) > 2 * line_train  # "far above even the best straight line"
    assert g["adam"] < line_train
    # What the prose reads from the table: lowest and mean of the last 10 epochs,
    # and the share of tanh outputs beyond ±0.99 (where tanh' < 1 - 0.99² = 0.02)
    lines = result.output.splitlines()
    start = numbers(lines[0])[0]
    rows = {numbers(line)[0]: numbers(line)[1:] for line in lines if line[:3] == "SGD"}
    assert list(rows) == list(g["sgd_losses"])
    for lr, (lowest, _, _) in rows.items():
        assert lowest == pytest.approx(g["sgd_losses"][lr], abs=0.006)
    assert 40 <= start <= 60  # "half of the units' outputs" at the start
    for swinging in (3e-3, 1e-2):  # "its mean well above its lowest"
        assert rows[swinging][1] > 1.3 * rows[swinging][0]
    stalled = rows[3e-2]  # "it stalls, far up", nearly all outputs flat
    assert stalled[1] < 1.01 * stalled[0] and stalled[0] > 3 * rows[3e-3][0]
    assert stalled[2] > 90 and rows[3e-3][2] < 10  # "nearly all" out, and back
    assert rows[1e-4][0] > rows[1e-3][0] > rows[3e-3][0]  # "small ones are slow"


# ─── Fitting the thermometer ───────────────────────────────────────────────────


def test_fits_figure_networks_beat_the_best_line_on_both_sets(snippet):
    g = snippet(FITS).globals
    line_train, line_val, _ = best_line_losses()
    losses = g["losses"]
    assert losses["line"] == pytest.approx((line_train, line_val), rel=1e-4)
    assert line_train < 3.0125  # the book's line, after 3000 epochs of SGD
    for name in ["ReLU network", "Tanh network"]:
        train, val = losses[name]
        assert train < line_train  # no straight line can get this close
        assert val < line_val  # "both also do better ... on the validation"
    relu, tanh = losses["ReLU network"], losses["Tanh network"]
    assert tanh[0] < relu[0]


def test_relu_network_bends_once_near_the_coldest_readings():
    net, _, _ = thermometer.train_network(torch.nn.ReLU)
    with torch.no_grad():
        bends = -net[0].bias / net[0].weight.squeeze(1)
    coldest, next_coldest = thermometer.train_t_un.sort().values[:2]
    inside = bends[(bends > 2.0) & (bends < 8.4)]  # within the figure
    assert len(inside) >= 1 and (inside > coldest).all()
    assert (inside < next_coldest).all() and inside.max() - inside.min() < 1


def test_relu_network_is_a_steeper_line_that_goes_flat_at_the_cold_end(snippet):
    g = snippet(f"{CHAPTER}/relu_fit.py").globals
    _, _, (w, b) = best_line_losses()
    assert g["line"][1].item() / 3 == pytest.approx(w, rel=1e-4)
    assert g["slope"] > w  # steeper than the least-squares line
    net, lowest = g["net"], g["lowest"].item()
    coldest = thermometer.train_t_un.min().item()
    assert coldest < lowest
    with torch.no_grad():  # flat from the coldest reading up to the bend
        t_p = net(torch.tensor([[coldest], [lowest - 1e-3]])).squeeze(1)
    assert t_p[0].item() == pytest.approx(t_p[1].item(), abs=1e-5)
    cold = thermometer.train_t_un.sort().indices[:3]
    t_u, t_c = thermometer.train_t_un[cold].double(), thermometer.train_t_c[cold]
    line_sse = ((w * t_u + b - t_c.double()) ** 2).sum().item()
    assert g["line_sse"].item() == pytest.approx(line_sse, rel=1e-4)
    assert g["net_sse"] > line_sse  # "does not bring it closer"


def test_many_splits_trains_each_split_as_alone_and_no_model_wins_every_one(snippet):
    g = snippet(f"{CHAPTER}/many_splits.py").globals
    train, val, losses = g["train"], g["val"], g["val_losses"]
    t_un, t_c = thermometer.t_un.double(), thermometer.t_c.double()
    line = torch.as_tensor(losses["line"])
    for s in range(g["n_splits"]):  # the line: least squares, in double precision
        A = torch.stack([t_un[train[s]], torch.ones(9, dtype=torch.double)], 1)
        wb = torch.linalg.lstsq(A, t_c[train[s]].unsqueeze(1)).solution.squeeze(1)
        expected = ((wb[0] * t_un[val[s]] + wb[1] - t_c[val[s]]) ** 2).mean()
        assert line[s].item() == pytest.approx(expected.item(), rel=1e-4)
    for activation in [torch.nn.Tanh, torch.nn.ReLU]:
        torch.manual_seed(0)  # split 0 trained on its own, as train_network does
        net = thermometer.network(8, activation)
        optimizer = torch.optim.Adam(net.parameters(), lr=0.05)
        x, y = thermometer.t_un[train[0]].unsqueeze(1), thermometer.t_c[train[0]]
        for _ in range(200):
            loss = torch.nn.MSELoss()(net(x), y.unsqueeze(1))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            t_p = net(thermometer.t_un[val[0]].unsqueeze(1)).squeeze(1)
        alone = ((t_p - thermometer.t_c[val[0]]) ** 2).mean().item()
        batched = losses[f"{activation.__name__} network"]
        assert batched[0].item() == pytest.approx(alone, rel=1e-3)
        wins = (batched < line).sum().item()
        assert 0 < wins < g["n_splits"]  # "no model wins clearly"
    assert line.mean() > line.median()  # the mean follows the worst split


def test_tanh_network_overfits_when_trained_longer(snippet):
    g = snippet(f"{CHAPTER}/overfit_network.py").globals
    train, val = g["train_losses"], g["val_losses"]
    _, line_val, _ = best_line_losses()
    checkpoints = [1, *range(100, 801, 100)]
    at = {epoch: (train[epoch - 1], val[epoch - 1]) for epoch in checkpoints}
    assert all(at[b][0] < at[a][0] for a, b in pairwise(checkpoints))  # falls
    assert min(checkpoints, key=lambda e: at[e][1]) == 200  # lowest at 200
    after = [at[e][1] for e in checkpoints if e >= 200]
    rises = sum(later > earlier for earlier, later in pairwise(after))
    assert rises == len(after) - 2  # climbs, with one pause
    assert after[-1] == max(after) > 1.5 * line_val  # ends far above the line's
    fits = snippet(FITS).globals["losses"]["Tanh network"]
    # the same run as in the figure, which measures it after its 200th update
    assert fits == pytest.approx((train[200], val[200]), rel=1e-6)
    lowest = min(range(len(val)), key=val.__getitem__)
    printed = snippet(f"{CHAPTER}/overfit_network.py").output.splitlines()[-1]
    assert printed == f"lowest validation loss {val[lowest]:.4f}, at epoch {lowest + 1}"
    assert abs(lowest + 1 - 200) < 50  # 200 epochs is "near where it is lowest"


# ─── What the hidden layer costs ───────────────────────────────────────────────


def test_initial_parameters_lie_within_one_over_root_fan_in(snippet):
    result = snippet(f"{CHAPTER}/initialisation.py")
    net = result.globals["net"]
    for layer in [net[0], net[2]]:
        bound = 1 / math.sqrt(layer.in_features)
        assert layer.weight.abs().max() <= bound and layer.bias.abs().max() <= bound
    assert "drawn from ±0.3536" in result.output  # 1 / sqrt(8)


def test_dead_relu_units_have_no_gradient_and_never_move(snippet):
    g = snippet(f"{CHAPTER}/dead_units.py").globals
    silent, start = g["silent"], g["net"]
    assert 0 < silent.sum() < 8
    assert (start[0].weight.grad[silent] == 0).all()
    assert (start[0].bias.grad[silent] == 0).all()
    trained, _, _ = thermometer.train_network(torch.nn.ReLU)  # from the same seed
    assert torch.equal(trained[0].weight[silent], start[0].weight[silent])
    assert torch.equal(trained[0].bias[silent], start[0].bias[silent])
    moved = trained[0].weight[~silent] != start[0].weight[~silent]
    assert moved.all()  # "the other three units" are the ones that trained


def test_seeding_makes_the_start_repeatable(snippet):
    output = snippet(f"{CHAPTER}/seeds.py").output.splitlines()
    assert output[0].endswith("same start? False")
    assert output[1].endswith("same start? True")


# ─── Not a bowl ────────────────────────────────────────────────────────────────


def test_permuted_units_give_the_same_function_from_other_parameters(snippet):
    g = snippet(f"{CHAPTER}/twin.py").globals
    net, twin = g["net"], g["twin"]
    assert not torch.equal(net[0].weight, twin[0].weight)
    assert g["same"]
    reverse = torch.arange(8).flip(0)
    again = thermometer.permuted(thermometer.permuted(g["state"], reverse), reverse)
    for name, value in g["state"].items():
        assert torch.equal(again[name], value)  # reversing twice: the network


def test_loss_along_paths_dips_for_the_line_and_rises_for_networks(snippet):
    g = snippet(f"{CHAPTER}/loss_along_paths_figure.py").globals
    line, twin, seeds = g["paths"].values()
    line_train, _, _ = best_line_losses()
    # The line's loss is convex: under the chord, lowest at the least-squares line.
    assert line[0] == pytest.approx(line[-1], rel=1e-5)
    assert all(loss <= line[0] * (1 + 1e-6) for loss in line)
    assert line[50] == pytest.approx(line_train, rel=1e-4) and min(line) == line[50]
    # A network and its twin: the same loss at both ends, far more in between.
    assert twin[0] == pytest.approx(twin[-1], rel=1e-5)
    for path in [twin, seeds]:
        assert path[50] > 5 * max(path[0], path[-1])  # convexity would forbid it
    assert not torch.equal(g["net_0"]["0.weight"], g["net_1"]["0.weight"])


# ─── Classification ────────────────────────────────────────────────────────────


def test_hessian_at_the_start_has_negative_eigenvalues(snippet):
    g = snippet(f"{CHAPTER}/hessian_at_start.py").globals
    start, loss_at = g["start"].double(), g["loss_at"]

    def gradient(flat):
        flat = flat.clone().requires_grad_()
        return torch.autograd.grad(loss_at(flat), flat)[0]

    h = 1e-5  # central differences of the gradient: an independent Hessian
    columns = []
    for i in range(25):
        step = torch.zeros(25, dtype=torch.double)
        step[i] = h
        columns.append((gradient(start + step) - gradient(start - step)) / (2 * h))
    by_differences = torch.stack(columns, 1)
    by_differences = (by_differences + by_differences.T) / 2
    expected = torch.linalg.eigvalsh(by_differences)
    assert g["eigenvalues"].tolist() == pytest.approx(expected.tolist(), abs=1e-3)
    negative = (expected < 0).sum().item()
    assert 0 < negative < 25  # not a bowl, and not a dome either
    assert f"negative eigenvalues: {negative} of 25" in snippet(
        f"{CHAPTER}/hessian_at_start.py").output  # fmt: skip


def test_cross_entropy_is_minus_the_mean_log_of_the_right_class(snippet):
    g = snippet(f"{CHAPTER}/cross_entropy_by_hand.py").globals
    by_hand = 0.0
    for row, label in zip(g["logits"].tolist(), g["labels"].tolist()):
        by_hand -= math.log(math.exp(row[label]) / sum(map(math.exp, row))) / 2
    loss = torch.nn.CrossEntropyLoss()(g["logits"], g["labels"])
    assert loss.item() == pytest.approx(by_hand, rel=1e-6)
    assert g["probabilities"].sum(dim=1).tolist() == pytest.approx([1.0, 1.0])


def test_cross_entropy_classifier_gets_every_reading_right(snippet):
    g = snippet(f"{CHAPTER}/cross_entropy.py").globals
    assert g["labels"].dtype == torch.int64
    assert g["labels"].tolist() == [0, 1, 1, 2, 1, 0, 0, 0, 0, 1, 2]
    assert g["logits"].shape == (11, 3)
    assert torch.equal(g["predicted"], g["labels"])
    assert g["losses"][-1] < g["losses"][0] / 5
    assert torch.allclose(g["probabilities"].sum(dim=1), torch.ones(3))


# ─── Common errors ─────────────────────────────────────────────────────────────


def test_targets_of_another_shape_warn_and_compare_every_pair(snippet):
    result = snippet(f"{CHAPTER}/error_target_shape.py")
    assert (
        "UserWarning: Using a target size (torch.Size([9])) that is different to "
        "the input size (torch.Size([9, 1]))"
    ) in result.output
    assert "compared: (9, 9)" in result.output
    # Every prediction against every target: the mean of (t_i - t_j)^2 over all
    # pairs is twice the variance of the targets.
    variance = thermometer.train_t_c.var(unbiased=False).item()
    assert result.globals["wrong"].item() == pytest.approx(2 * variance, rel=1e-5)
    assert "our loss_fn, without a warning: tensor(154.)" in result.output
    assert result.output.rstrip().endswith("the shapes matched: tensor(0.)")


def test_dropout_in_training_mode_gives_a_new_loss_every_call(snippet):
    output = snippet(f"{CHAPTER}/error_dropout_eval.py").output.splitlines()
    assert output[0] == "after training, net.training is True"
    training, evaluating = numbers(output[1])[1:], numbers(output[2])
    assert len(set(training)) == 3 and len(set(evaluating)) == 1
    assert len(training) == len(evaluating) == 3
    _, line_val, _ = best_line_losses()
    assert output[3] == f"the line's validation loss: {line_val:.2f}"
    assert evaluating[0] > 3 * line_val  # "far worse than that of the line"


def test_calling_forward_skips_the_modules_hooks(snippet):
    result = snippet(f"{CHAPTER}/error_calling_forward.py")
    assert result.globals["seen"] == [torch.Size([2, 1])]


def test_forgetting_super_init_fails_at_the_first_layer(snippet):
    output = snippet(f"{CHAPTER}/error_super_init.py").output
    assert output == (
        "AttributeError: cannot assign module before Module.__init__() call\n"
    )


def test_layers_in_a_plain_list_are_not_registered(snippet):
    result = snippet(f"{CHAPTER}/error_layers_in_a_list.py")
    assert "layers in a list: []" in result.output
    assert "ValueError: optimizer got an empty parameter list" in result.output
    assert count(result.globals["fixed"]) == 3 * 8 + 1


# ─── Exercises ─────────────────────────────────────────────────────────────────


def test_exercise_extrapolation_tanh_levels_off_relu_and_line_go_on(snippet):
    g = snippet(f"{CHAPTER}/exercise_extrapolation.py").globals
    t_u = g["t_u"]
    fahrenheit = [(t - 32) * 5 / 9 for t in t_u.tolist()]
    assert ((t_u - 32) * 5 / 9).tolist() == pytest.approx(fahrenheit)
    _, _, (w, b) = best_line_losses()
    line = thermometer.polynomial(0.1 * t_u, g["line"])
    assert line.tolist() == pytest.approx([w * 0.1 * t + b for t in t_u.tolist()])
    tanh = g["net"]  # the last network: Tanh
    hidden, output = tanh[0], tanh[2]
    # Far from the readings every tanh is +1 or -1: the output is sum(±v) + c.
    limit = output.weight.squeeze(0) @ hidden.weight.squeeze(1).sign() + output.bias
    assert g["t_p"][-1].item() == pytest.approx(limit.item(), abs=1e-3)
    relu, _, _ = thermometer.train_network(torch.nn.ReLU)
    # Past the last bend, the ReLU network is a line: its slope is the sum of
    # v_j w_j over the units that are on (w_j > 0).
    w_in, v = relu[0].weight.squeeze(1), relu[2].weight.squeeze(0)
    slope = (v * w_in)[w_in > 0].sum().item()
    with torch.no_grad():
        far = relu(torch.tensor([[15.0], [30.0]])).squeeze(1)
    assert (far[1] - far[0]).item() / 15 == pytest.approx(slope, rel=1e-4)
    # "Between the readings the three agree within a few degrees": here, on a
    # finer grid than the snippet's, from the lowest reading to the highest
    between = torch.linspace(thermometer.t_un.min(), thermometer.t_un.max(), 2001)
    with torch.no_grad():
        inside = {"line": w * between + b, "ReLU": relu(between[:, None]).squeeze(1),
                  "Tanh": tanh(between[:, None]).squeeze(1)}  # fmt: skip
    output = snippet(f"{CHAPTER}/exercise_extrapolation.py").output.splitlines()
    assert output[-2].startswith("between the readings (t_u 21.8 to 81.9)")
    gaps = numbers(output[-1])
    for (one, other), printed in zip(g["pairs"], gaps, strict=True):
        gap = (inside[one] - inside[other]).abs().max().item()
        assert printed == pytest.approx(gap, abs=0.06)
        assert gap < 5  # "within a few degrees"


def test_exercise_no_activation_learns_the_least_squares_line(snippet):
    g = snippet(f"{CHAPTER}/exercise_no_activation.py").globals
    line_train, _, (w, b) = best_line_losses()
    assert g["losses"][-1] == pytest.approx(line_train, rel=1e-4)
    assert (g["w"], g["b"]) == pytest.approx((w, b), abs=1e-2)
    assert g["same"]


def test_exercise_symmetries_count_and_check_one(snippet):
    result = snippet(f"{CHAPTER}/exercise_symmetries.py")
    assert f"= {40320 * 256} networks" in result.output
    assert result.globals["same"]
    assert "same parameters: False" in result.output


def test_exercise_mild_or_not_needs_a_hidden_layer(snippet):
    g = snippet(f"{CHAPTER}/exercise_mild_or_not.py").globals
    mild, inputs = g["mild"], g["inputs"]
    assert mild.tolist() == [0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0]
    with torch.no_grad():
        linear = g["linear"](inputs).argmax(dim=1)
        hidden = g["hidden"](inputs).argmax(dim=1)
    # A linear classifier of one input changes its answer at most once along it.
    in_order = linear[inputs.squeeze(1).argsort()].tolist()
    assert sum(a != b for a, b in pairwise(in_order)) <= 1
    not_mild = (mild == 0).sum().item()
    assert g["never_mild"] == not_mild == 7  # the printed baseline
    assert f"'not mild': {not_mild} of 11 right" in snippet(
        f"{CHAPTER}/exercise_mild_or_not.py").output  # fmt: skip
    assert (linear == mild).sum().item() < not_mild  # worse than "never mild"
    assert torch.equal(hidden, mild)
