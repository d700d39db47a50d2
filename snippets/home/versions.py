import platform

import matplotlib
import torch

print(f"Python     {platform.python_version()}")
print(f"PyTorch    {torch.__version__}")
print(f"matplotlib {matplotlib.__version__}")
