import torch
from thermometer import model, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
t_p = model(t_u, *params)
print("t_p requires grad:         ", t_p.requires_grad)
print("so does t_p * 0:           ", (t_p * 0).requires_grad)
print("t_p.detach() requires grad:", t_p.detach().requires_grad)
print("...and shares t_p's memory:", t_p.detach().data_ptr() == t_p.data_ptr())
print("ready for NumPy:", t_p.detach().numpy()[:4])
