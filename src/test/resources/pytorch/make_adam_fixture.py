#!/usr/bin/python3
"""Writes adam_fixture.json: a small MLP trained with real PyTorch (nn.Linear, ReLU, MSELoss,
torch.optim.Adam) on full batches, so the order of rows within a batch does not matter.
The workbench's fp32 kernel must reproduce the final weights (MlpMatchesPyTorchTest).
Regenerate with: /usr/bin/python3 make_adam_fixture.py  (needs python3-torch)."""
import json
import torch
import torch.nn as nn

torch.manual_seed(1234)
sizes = [7, 13, 5, 1]
rows, steps, lr = 24, 25, 1e-2
x = torch.rand(rows, sizes[0])
y = (x @ torch.linspace(-1, 1, sizes[0]) + 0.3 * torch.sin(3 * x[:, 0])).float()
layers = []
for i in range(len(sizes) - 1):
    layers.append(nn.Linear(sizes[i], sizes[i + 1]))
    if i < len(sizes) - 2:
        layers.append(nn.ReLU())
net = nn.Sequential(*layers)
linears = [m for m in net if isinstance(m, nn.Linear)]
initial = [{"weight": l.weight.detach().flatten().tolist(), "bias": l.bias.detach().tolist()} for l in linears]
opt = torch.optim.Adam(net.parameters(), lr=lr)
losses = []
for _ in range(steps):
    opt.zero_grad()
    loss = nn.MSELoss()(net(x).squeeze(1), y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
final = [{"weight": l.weight.detach().flatten().tolist(), "bias": l.bias.detach().tolist()} for l in linears]
json.dump({"torch": torch.__version__, "sizes": sizes, "rows": rows, "steps": steps, "lr": lr,
           "x": x.flatten().tolist(), "y": y.tolist(), "initial": initial, "final": final,
           "losses": losses}, open("adam_fixture.json", "w"))
