import torch

# Eleven temperatures in °C: the data the first chapter starts from.
t_c = torch.tensor([0.5, 14.0, 15.0, 28.0, 11.0, 8.0,
                    3.0, -4.0, 6.0, 13.0, 21.0])  # fmt: skip
print("shape", t_c.shape, " dtype", t_c.dtype)  # eleven numbers, 32-bit floats
print("without decimal points:", torch.tensor([1, 2]).dtype)  # integers

# Indexing, as with Python lists, and more: a list of indices, or a condition.
print("t_c[0] =", t_c[0], "  t_c[-1] =", t_c[-1], "  t_c[:3] =", t_c[:3])
print("t_c[[2, 10]] =", t_c[[2, 10]], "  t_c[t_c > 20] =", t_c[t_c > 20])
print(t_c[0].item(), t_c[:3].tolist())  # back to plain Python numbers

# Arithmetic goes element by element.
t_f = t_c * 9 / 5 + 32  # a plain number is used for every element (it acts as shape [])
print("in °F:", t_f.shape, t_f[:3])

# unsqueeze adds a dimension of size 1: the same eleven numbers as a column.
column = t_c.unsqueeze(1)
print("t_c.unsqueeze(1):", column.shape)

# The pitfall: [11, 1] against [11] broadcasts to a table of every pair.
# [11] is read as [1, 11]; then both size-1 dimensions stretch, to [11, 11].
print("column - t_c:", (column - t_c).shape, "  t_c - t_c:", (t_c - t_c).shape)
print("mean of (t_c - t_c) ** 2:   ", ((t_c - t_c) ** 2).mean())
print("mean of (column - t_c) ** 2:", ((column - t_c) ** 2).mean())
