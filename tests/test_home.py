"""The home page: the tensor primer in its "What you need" box."""

import numpy as np
import pytest

# The eleven Celsius readings of the book (Deep Learning with PyTorch, ch. 5)
T_C = np.array([0.5, 14.0, 15.0, 28.0, 11.0, 8.0, 3.0, -4.0, 6.0, 13.0, 21.0])


def test_primer_shows_shape_dtype_indexing_and_unsqueeze(snippet):
    result = snippet("home/tensor_primer.py")
    g = result.globals
    assert "shape torch.Size([11])  dtype torch.float32" in result.output
    assert "without decimal points: torch.int64" in result.output
    assert g["t_c"][[2, 10]].tolist() == [15.0, 21.0]
    assert "t_c[t_c > 20] = tensor([28., 21.])" in result.output
    assert tuple(g["column"].shape) == (11, 1)
    # "back to plain Python numbers": a float and a list of floats
    assert f"{T_C[0]} {T_C[:3].tolist()}" in result.output.splitlines()


def test_primer_broadcasts_a_scalar_and_a_column_as_the_box_says(snippet):
    g = snippet("home/tensor_primer.py").globals
    assert g["t_f"].numpy() == pytest.approx(T_C * 9 / 5 + 32)  # one number, all
    column_minus = g["column"] - g["t_c"]
    # Lined up from the right, [11] counts as [1, 11]; both size-1 dimensions
    # stretch: entry (i, j) is reading i minus reading j.
    assert np.broadcast_shapes((11, 1), (11,)) == (11, 11)
    assert column_minus.numpy() == pytest.approx(T_C[:, None] - T_C[None, :])
    # Every pair (i, j) of readings: the mean of (t_i - t_j)² is twice the
    # variance (dividing by n), not zero.
    table = (column_minus**2).mean().item()
    assert table == pytest.approx(2 * T_C.var(), rel=1e-6)
    assert f"mean of (column - t_c) ** 2: tensor({2 * T_C.var():.4f})" in (
        snippet("home/tensor_primer.py").output
    )
