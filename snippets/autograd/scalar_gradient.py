from scalar_autograd import Value
from thermometer import model, t_c, t_u

w, b = Value(1.0), Value(0.0)
readings = list(zip(t_u.tolist(), t_c.tolist()))  # pairs of plain floats

# model() is the chapter's own: w * t_u + b works on Values as on tensors.
loss = sum((model(u, w, b) - c) ** 2 for u, c in readings) / len(readings)
loss.backward()
print("loss:", loss)
print("w:   ", w)
print("b:   ", b)
