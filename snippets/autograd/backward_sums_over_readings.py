import torch
from thermometer import loss_fn, model, t_c, t_u

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
t_p = model(t_u, w, b)  # one w and one b, broadcast over the 11 readings
loss = loss_fn(t_p, t_c)

# What arrives at t_p on the way back: one value per reading.
dloss_dtp = torch.autograd.grad(loss, t_p, retain_graph=True)[0]
add = t_p.grad_fn  # t_p = (w * t_u) + b; a node can be called like a function
to_product, to_b = add(dloss_dtp)
mul = add.next_functions[0][0]  # w * t_u
to_w, _ = mul(to_product)
for node, name, values in [(add, "b", to_b), (mul, "w", to_w)]:
    print(f"{type(node).__name__} hands {name} {values.numel()} values,", end=" ")
    print(f"summing to {values.sum():.4f}")

# What reaches each leaf's AccumulateGrad: a prehook sees it before the node runs.
received = {}
for name, node in [("b", add.next_functions[1][0]), ("w", mul.next_functions[0][0])]:
    node.register_prehook(lambda grads, name=name: received.update({name: grads[0]}))
loss.backward()  # between the nodes, autograd sums each to the shape of b and of w
for name, grad in received.items():
    print(f"AccumulateGrad into {name}.grad receives {grad.shape}: {grad:.4f}")
print(f"after backward(): b.grad = {b.grad:.4f}, w.grad = {w.grad:.4f}")
