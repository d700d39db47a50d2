"""The thermometer problem: its readings, the linear model, the loss, the
hand-derived gradient and the training loop that the chapters build on.

Each chapter shows a part where it explains it (the `--8<-- [start:NAME]`
markers delimit those parts) and imports it from here afterwards.
"""

# --8<-- [start:data]
import torch

# Eleven readings taken at the same moments: a thermometer we trust, in
# degrees Celsius, and a new one whose unit nobody wrote down.
t_c = torch.tensor([0.5, 14.0, 15.0, 28.0, 11.0, 8.0,
                    3.0, -4.0, 6.0, 13.0, 21.0])  # fmt: skip
t_u = torch.tensor([35.7, 55.9, 58.2, 81.9, 56.3, 48.9,
                    33.9, 21.8, 48.4, 60.4, 68.4])  # fmt: skip
# --8<-- [end:data]

# --8<-- [start:normalized]
t_un = 0.1 * t_u  # the same readings, a tenth the size
# --8<-- [end:normalized]


# --8<-- [start:model]
def model(t_u, w, b):
    """Predict degrees Celsius from the unknown unit."""
    return w * t_u + b


# --8<-- [end:model]


# --8<-- [start:loss]
def loss_fn(t_p, t_c):
    """Mean squared error between predictions t_p and targets t_c."""
    squared_diffs = (t_p - t_c) ** 2
    return squared_diffs.mean()


# --8<-- [end:loss]


# --8<-- [start:gradient]
def dloss_fn(t_p, t_c):
    """d loss / d t_p: the derivative of the mean of squares."""
    return 2 * (t_p - t_c) / t_p.size(0)


def dmodel_dw(t_u, w, b):
    return t_u


def dmodel_db(t_u, w, b):
    return 1.0


def grad_by_hand(t_u, t_c, t_p, w, b):
    """Chain rule: sum over readings of d loss/d t_p times d t_p/d parameter."""
    dloss_dtp = dloss_fn(t_p, t_c)
    dloss_dw = dloss_dtp * dmodel_dw(t_u, w, b)
    dloss_db = dloss_dtp * dmodel_db(t_u, w, b)
    return torch.stack([dloss_dw.sum(), dloss_db.sum()])


# --8<-- [end:gradient]


# --8<-- [start:training_loop]
def training_loop(n_epochs, lr, params, t_u, t_c):
    """Plain gradient descent. Returns the final parameters and the loss of
    every epoch (measured before that epoch's update)."""
    losses = []
    for _ in range(n_epochs):
        w, b = params
        t_p = model(t_u, w, b)  # forward
        loss = loss_fn(t_p, t_c)
        grad = grad_by_hand(t_u, t_c, t_p, w, b)  # backward, by hand
        params = params - lr * grad  # update
        losses.append(loss.item())
    return params, losses


# --8<-- [end:training_loop]


# --8<-- [start:training_loop_autograd]
def training_loop_autograd(n_epochs, lr, params, t_u, t_c):
    """Gradient descent with the gradient from autograd. `params` is a leaf
    tensor with requires_grad=True; it is updated in place."""
    losses = []
    for _ in range(n_epochs):
        if params.grad is not None:
            params.grad.zero_()  # forget the previous epoch's gradient
        t_p = model(t_u, *params)  # forward: autograd records the graph
        loss = loss_fn(t_p, t_c)
        loss.backward()  # backward: fills params.grad
        with torch.no_grad():  # update: not part of any graph
            params -= lr * params.grad
        losses.append(loss.item())
    return params, losses


# --8<-- [end:training_loop_autograd]


# --8<-- [start:training_loop_optimizer]
def training_loop_optimizer(n_epochs, optimizer, params, t_u, t_c):
    """Gradient descent by a torch.optim optimizer that was given `params`;
    `optimizer.step()` updates them in place."""
    losses = []
    for _ in range(n_epochs):
        t_p = model(t_u, *params)  # forward
        loss = loss_fn(t_p, t_c)
        optimizer.zero_grad()  # forget the previous epoch's gradient
        loss.backward()  # backward: fills params.grad
        optimizer.step()  # update: the optimizer's rule, applied in place
        losses.append(loss.item())
    return params, losses


# --8<-- [end:training_loop_optimizer]


# --8<-- [start:loss_hessian]
def loss_hessian(t_u, t_c):
    """Second derivatives of the loss with respect to (w, b), by autograd, in
    double precision. The loss is quadratic in w and b, so they are the same
    at every (w, b): we evaluate them at (0, 0)."""
    t_u, t_c = t_u.double(), t_c.double()
    return torch.autograd.functional.hessian(
        lambda params: loss_fn(model(t_u, *params), t_c),
        torch.zeros(2, dtype=torch.float64),
    )


# --8<-- [end:loss_hessian]


# --8<-- [start:training_loop_nn]
def training_loop_nn(n_epochs, optimizer, module, loss_fn, inputs, targets):
    """Train any torch.nn module whose parameters the optimizer was given.
    Returns the loss of every epoch (measured before that epoch's update)."""
    losses = []
    for _ in range(n_epochs):
        loss = loss_fn(module(inputs), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses


# --8<-- [end:training_loop_nn]


# --8<-- [start:epochs_to_reach]
def epochs_to_reach(target, optimizer, params, t_u, t_c, max_epochs=5000):
    """Train as training_loop_optimizer does, but stop at the first epoch whose
    loss is below `target` and return its number (None if none is)."""
    for epoch in range(1, max_epochs + 1):
        loss = loss_fn(model(t_u, *params), t_c)
        if loss.item() < target:
            return epoch
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return None


# --8<-- [end:epochs_to_reach]


# --8<-- [start:split]
# The split of "Deep Learning with PyTorch" (chapter 5): drawn once with
# torch.randperm, then written down, so that every run uses the same readings.
train_indices = torch.tensor([9, 6, 5, 8, 4, 7, 0, 1, 3])
val_indices = torch.tensor([2, 10])

train_t_un, train_t_c = t_un[train_indices], t_c[train_indices]
val_t_un, val_t_c = t_un[val_indices], t_c[val_indices]
# --8<-- [end:split]


# --8<-- [start:validation_loop]
def training_loop_with_validation(
    n_epochs, optimizer, model, params, train_t_u, train_t_c, val_t_u, val_t_c
):
    """Train on one set of readings, and measure the loss on another, every
    epoch. The optimizer updates `params` in place. Returns the training and
    validation loss of every epoch, both measured before that epoch's update."""
    train_losses, val_losses = [], []
    for _ in range(n_epochs):
        train_loss = loss_fn(model(train_t_u, *params), train_t_c)
        with torch.no_grad():  # only measured, never differentiated: no graph
            val_loss = loss_fn(model(val_t_u, *params), val_t_c)
        assert not val_loss.requires_grad
        optimizer.zero_grad()
        train_loss.backward()  # only the training loss drives the update
        optimizer.step()
        train_losses.append(train_loss.item())
        val_losses.append(val_loss.item())
    return train_losses, val_losses


# --8<-- [end:validation_loop]


# --8<-- [start:polynomial]
def powers(t_u, degree):
    """Columns 1, x, x**2, ..., x**degree, where x = (t_u - 5) / 3 runs from
    about -1 to 1 for the normalised readings, so no power grows huge."""
    x = (t_u - 5) / 3
    return x.unsqueeze(-1) ** torch.arange(degree + 1)


def polynomial(t_u, coeffs):
    """c0 + c1 x + c2 x**2 + ...: a straight line if there are two coeffs."""
    return powers(t_u, len(coeffs) - 1) @ coeffs


def flat_start(degree):
    """Coefficients to start training from: a flat line at the average
    temperature of the training readings."""
    coeffs = torch.zeros(degree + 1)
    coeffs[0] = train_t_c.mean()
    return coeffs.requires_grad_()


# --8<-- [end:polynomial]


# --8<-- [start:least_squares]
def least_squares(t_u, t_c, degree):
    """The coefficients with the lowest possible training loss, solved for
    directly: where a long enough training run would end. High powers make
    the problem touchy, so it is solved in double precision."""
    X, y = powers(t_u.double(), degree), t_c.double().unsqueeze(-1)
    return torch.linalg.lstsq(X, y).solution.squeeze(-1).float()


# --8<-- [end:least_squares]


# --8<-- [start:network]
def network(n_hidden, activation=torch.nn.Tanh):
    """One input, a hidden layer of `n_hidden` units, one output."""
    return torch.nn.Sequential(
        torch.nn.Linear(1, n_hidden),  # n_hidden lines through the input
        activation(),  # each one bent
        torch.nn.Linear(n_hidden, 1),  # weighted, added up, plus a bias
    )


# --8<-- [end:network]

# --8<-- [start:columns]
# torch.nn layers take a batch of rows, [N, features]: here a row is one reading
train_t_un_column, train_t_c_column = train_t_un.unsqueeze(1), train_t_c.unsqueeze(1)
val_t_un_column, val_t_c_column = val_t_un.unsqueeze(1), val_t_c.unsqueeze(1)
# --8<-- [end:columns]


# --8<-- [start:module_loop]
def training_loop_module(
    n_epochs, optimizer, module, loss_fn, train_t_u, train_t_c, val_t_u, val_t_c
):
    """training_loop_with_validation for a torch.nn module, which holds its
    parameters itself and is told, by eval() and train(), what it is doing.
    Returns the training and validation loss of every epoch, both measured
    before that epoch's update."""
    train_losses, val_losses = [], []
    for _ in range(n_epochs):
        module.eval()  # predicting: layers such as Dropout stand aside
        with torch.no_grad():
            val_loss = loss_fn(module(val_t_u), val_t_c)
        module.train()  # training: they act again
        train_loss = loss_fn(module(train_t_u), train_t_c)
        optimizer.zero_grad()
        train_loss.backward()
        optimizer.step()
        train_losses.append(train_loss.item())
        val_losses.append(val_loss.item())
    return train_losses, val_losses


# --8<-- [end:module_loop]


# --8<-- [start:train_network]
def train_network(activation, seed=0, n_epochs=200, n_hidden=8):
    """A network(n_hidden, activation), its parameters drawn after seeding the
    random generator with `seed`, trained by Adam (lr=0.05) on the training
    readings. Returns it, and its training and validation loss every epoch."""
    torch.manual_seed(seed)
    net = network(n_hidden, activation)
    optimizer = torch.optim.Adam(net.parameters(), lr=0.05)
    train_losses, val_losses = training_loop_module(
        n_epochs, optimizer, net, torch.nn.MSELoss(),
        train_t_un_column, train_t_c_column, val_t_un_column, val_t_c_column,
    )  # fmt: skip
    return net, train_losses, val_losses


# --8<-- [end:train_network]


# --8<-- [start:permuted]
def permuted(state, order):
    """The parameters of a network (its state_dict()) with the hidden units
    taken in another `order`: other numbers, the same function."""
    return {
        "0.weight": state["0.weight"][order],  # row j: the weight into unit j
        "0.bias": state["0.bias"][order],
        "2.weight": state["2.weight"][:, order],  # column j: out of unit j
        "2.bias": state["2.bias"],  # the output's own bias: no unit's
    }


# --8<-- [end:permuted]


# --8<-- [start:optimizer_path]
def optimizer_path(x, optimizer_class, n_steps=200, **options):
    """The points (w, b) that an optimizer visits from w = 1, b = 0, fitting
    t_c from the readings x."""
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = optimizer_class([params], **options)
    points = [params.tolist()]
    for _ in range(n_steps):
        optimizer.zero_grad()
        loss_fn(model(x, *params), t_c).backward()
        optimizer.step()
        points.append(params.tolist())
    return torch.tensor(points)


# --8<-- [end:optimizer_path]
