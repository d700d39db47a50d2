import torch
from thermometer import grad_by_hand, loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss = loss_fn(model(t_u, *params), t_c)
loss.backward()

w, b = params.detach()  # plain numbers again, for the hand-written gradient
by_hand = grad_by_hand(t_u, t_c, model(t_u, w, b), w, b)
print("autograd:  ", params.grad)
print("chain rule:", by_hand)
relative = ((params.grad - by_hand).abs() / by_hand.abs()).max()
print(f"largest relative difference: {relative:.1e}")
print(f"float32 resolution (eps):    {torch.finfo(torch.float32).eps:.1e}")
