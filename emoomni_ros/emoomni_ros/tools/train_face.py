"""Trains the small face expression CNN on FER2013 train and writes models/face_cnn.onnx.

    python3 -m emoomni_ros.tools.train_face --data ../shared/data/fer2013-train

Needs torch (in the CPU requirements) and, for the export, the ``onnx`` package
(``requirements/tools.txt``, installed by ``make setup``; the robot runs the ONNX file on onnxruntime).

- data: the 28,709 FER2013 train faces (48x48 grey, one folder per label); a seeded, stratified
  5 % of them is held out as the validation set that fits the softmax temperature and reports
  progress. FER2013 PublicTest is never read here (``eval face`` reports on it).
- model (``FaceCNN``): four stages of two 3x3 conv-BN-ReLU layers (24, 48, 96, 192 channels by
  default, ``--widths``; a 2x2 max-pool between stages), global average pooling, dropout, a linear
  layer: 0.66 M weights. The input is a 40x40 grey face with pixel values 0-255 (the model
  normalises it itself).
- augmentation: each batch is warped on the fly (random scale 0.9-1.1 around the central 40 px,
  rotation up to 10 degrees, shift up to 3 px, horizontal flip, brightness and contrast jitter).
- training: SGD with Nesterov momentum, a one-cycle learning rate (peak 0.1), weight decay 5e-4,
  label smoothing 0.1, batch 128, 40 epochs. At 2 threads on the 2-core development VM an epoch
  takes 75-90 s when the cores are free (76 minutes in all for the shipped model).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from emoomni_ros import labels, paths

CNN_INPUT = 40  # side of the face the network sees
NATIVE = 48  # FER2013's side; the network sees its central 40x40
DEFAULT_OUT = paths.MODELS_DIR / "face_cnn.onnx"
WIDTHS = (24, 48, 96, 192)  # channels of the four stages (the shipped model's; --widths)


def load_folder(root: Path) -> tuple[np.ndarray, np.ndarray]:
    """(n, 48, 48) uint8 faces and their core label indices from ``root/<fer label>/*.jpg``."""
    import cv2

    xs, ys = [], []
    for name, core in sorted(labels.FER2013_TO_CORE.items()):
        for path in sorted((Path(root) / name).glob("*")):
            gray = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
            if gray is None:
                continue
            if gray.shape != (NATIVE, NATIVE):
                gray = cv2.resize(gray, (NATIVE, NATIVE), interpolation=cv2.INTER_AREA)
            xs.append(gray)
            ys.append(labels.LABEL_INDEX[core])
    if not xs:
        raise FileNotFoundError(f"no FER2013 label folders with images under {root}")
    return np.stack(xs), np.array(ys, dtype=np.int64)


def build_model(widths: tuple[int, ...] = WIDTHS):
    import torch
    from torch import nn

    def cbr(cin: int, cout: int) -> list:
        return [nn.Conv2d(cin, cout, 3, 1, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]

    class FaceCNN(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            layers, cin = [], 1
            for i, width in enumerate(widths):
                layers += cbr(cin, width) + cbr(width, width)
                if i < len(widths) - 1:
                    layers.append(nn.MaxPool2d(2))
                cin = width
            self.features = nn.Sequential(*layers)
            self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.3),
                                      nn.Linear(cin, labels.NUM_LABELS))

        def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: (n, 1, 40, 40), grey 0-255
            return self.head(self.features((x - 128.0) / 64.0))

    return FaceCNN()


def augment(batch, generator):
    """Random warps of (n, 1, 48, 48) float faces to (n, 1, 40, 40)."""
    import torch
    import torch.nn.functional as F

    n = batch.shape[0]
    u = lambda lo, hi: torch.empty(n).uniform_(lo, hi, generator=generator)  # noqa: E731
    scale = (CNN_INPUT / NATIVE) * u(0.9, 1.1)
    angle = u(-10, 10) * np.pi / 180
    flip = torch.where(torch.rand(n, generator=generator) < 0.5, -1.0, 1.0)
    shift = 3.0 / (NATIVE / 2)
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0] = scale * torch.cos(angle) * flip
    theta[:, 0, 1] = -scale * torch.sin(angle)
    theta[:, 1, 0] = scale * torch.sin(angle) * flip
    theta[:, 1, 1] = scale * torch.cos(angle)
    theta[:, 0, 2] = u(-shift, shift)
    theta[:, 1, 2] = u(-shift, shift)
    grid = F.affine_grid(theta, (n, 1, CNN_INPUT, CNN_INPUT), align_corners=False)
    out = F.grid_sample(batch, grid, mode="bilinear", padding_mode="border", align_corners=False)
    contrast = u(0.75, 1.25).view(n, 1, 1, 1)
    brightness = u(-20, 20).view(n, 1, 1, 1)
    mean = out.mean(dim=(2, 3), keepdim=True)
    return ((out - mean) * contrast + mean + brightness).clamp(0, 255)


def centre(faces: np.ndarray) -> np.ndarray:
    """The central 40x40 of 48x48 faces: what the network sees at run time."""
    off = (NATIVE - CNN_INPUT) // 2
    return faces[:, off:off + CNN_INPUT, off:off + CNN_INPUT]


def logits_of(model, faces: np.ndarray, flip: bool = True, batch: int = 512) -> np.ndarray:
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(faces), batch):
            x = torch.from_numpy(centre(faces[i:i + batch]).astype(np.float32)[:, None])
            z = model(x)
            if flip:
                z = 0.5 * (z + model(torch.flip(x, dims=[3])))
            out.append(z.numpy())
    return np.concatenate(out)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    from scipy.optimize import minimize_scalar

    def nll(log_t: float) -> float:
        z = logits / np.exp(log_t)
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(y)), y].mean())

    return float(np.exp(minimize_scalar(nll, bounds=(-2.0, 2.0), method="bounded").x))


def split(y: np.ndarray, fraction: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Stratified (train, validation) index arrays."""
    rng = np.random.default_rng(seed)
    val = []
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        val += list(rng.choice(idx, max(1, int(round(fraction * idx.size))), replace=False))
    mask = np.zeros(y.size, bool)
    mask[val] = True
    return np.flatnonzero(~mask), np.flatnonzero(mask)


def export_onnx(model, path: Path, temperature: float, meta: dict) -> Path:
    """Writes the model as ONNX: input ``face`` (n, 1, 40, 40) grey 0-255, output ``logits`` (n, 7) in
    core label order, already divided by the fitted temperature; ``meta`` goes into the metadata."""
    import torch

    class Scaled(torch.nn.Module):
        def __init__(self, inner, t: float) -> None:
            super().__init__()
            self.inner, self.t = inner, float(t)

        def forward(self, x):
            return self.inner(x) / self.t

    wrapped = Scaled(model.eval(), temperature).eval()
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(wrapped, (torch.zeros(1, 1, CNN_INPUT, CNN_INPUT),), str(path), dynamo=False,
                      input_names=["face"], output_names=["logits"], opset_version=17,
                      dynamic_axes={"face": {0: "n"}, "logits": {0: "n"}})
    import onnx

    proto = onnx.load(str(path))
    for key, value in {"labels": ",".join(labels.CORE_LABELS), "input_side": str(CNN_INPUT),
                       "temperature": f"{temperature:.4f}", "meta": json.dumps(meta)}.items():
        entry = proto.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.save(proto, str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.tools.train_face", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="FER2013 train folder (one folder per label)")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--widths", type=lambda v: tuple(int(w) for w in v.split(",")), default=WIDTHS,
                        help="channels of the four stages, comma separated")
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--val-fraction", type=float, default=0.05)
    parser.add_argument("--cache", type=Path, help="npz of the decoded faces (written if missing)")
    parser.add_argument("--checkpoint", type=Path, help="state after each epoch (resumed from if present)")
    parser.add_argument("--init", type=Path, help="start from the weights of this checkpoint (a new schedule)")
    parser.add_argument("--warmup", type=float, default=0.2, help="fraction of the steps the learning rate rises")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    import torch
    import torch.nn.functional as F

    torch.set_num_threads(max(1, args.threads))
    torch.manual_seed(args.seed)
    started = time.perf_counter()
    if args.cache and args.cache.is_file():
        with np.load(args.cache) as data:
            x, y = data["x"], data["y"]
    else:
        x, y = load_folder(args.data)
        if args.cache:
            np.savez(args.cache, x=x, y=y)
    train_idx, val_idx = split(y, args.val_fraction, args.seed)
    print(f"{len(y)} faces: {len(train_idx)} train, {len(val_idx)} validation", flush=True)
    model = build_model(args.widths)
    optimiser = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, nesterov=True, weight_decay=5e-4)
    steps = args.epochs * int(np.ceil(len(train_idx) / args.batch))
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=args.lr, total_steps=steps,
                                                   pct_start=args.warmup)
    generator = torch.Generator().manual_seed(args.seed)
    first_epoch = 0
    if args.init:
        model.load_state_dict(torch.load(args.init)["model"])
        print(f"weights from {args.init}", flush=True)
    if args.checkpoint and args.checkpoint.is_file():
        state = torch.load(args.checkpoint)
        model.load_state_dict(state["model"])
        optimiser.load_state_dict(state["optimiser"])
        schedule.load_state_dict(state["schedule"])
        generator.set_state(state["generator"])
        first_epoch = state["epoch"] + 1
        print(f"resumed after epoch {first_epoch}", flush=True)
    faces = torch.from_numpy(x.astype(np.float32)[:, None])
    targets = torch.from_numpy(y)
    history = []
    for epoch in range(first_epoch, args.epochs):
        model.train()
        order = torch.from_numpy(np.random.default_rng(args.seed + epoch).permutation(train_idx))
        t0, total, correct, seen = time.perf_counter(), 0.0, 0, 0
        for i in range(0, len(order), args.batch):
            idx = order[i:i + args.batch]
            xb = augment(faces[idx], generator)
            out = model(xb)
            loss = F.cross_entropy(out, targets[idx], label_smoothing=0.1)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(idx)
            correct += int((out.argmax(1) == targets[idx]).sum())
            seen += len(idx)
        val_acc = float((logits_of(model, x[val_idx]).argmax(1) == y[val_idx]).mean())
        history.append({"epoch": epoch + 1, "loss": total / seen, "train_acc": correct / seen, "val_acc": val_acc,
                        "seconds": round(time.perf_counter() - t0, 1)})
        print(json.dumps(history[-1]), flush=True)
        if args.checkpoint:
            torch.save({"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                        "schedule": schedule.state_dict(), "generator": generator.get_state(), "epoch": epoch},
                       args.checkpoint)
    val_logits = logits_of(model, x[val_idx])
    temperature = fit_temperature(val_logits, y[val_idx])
    val_acc = float((val_logits.argmax(1) == y[val_idx]).mean())
    meta = {"name": "fer2013-cnn", "data": "FER2013 train (28,709 faces), research use only",
            "n_train": int(len(train_idx)), "n_val": int(len(val_idx)), "val_accuracy": val_acc,
            "epochs": args.epochs, "seed": args.seed, "widths": list(args.widths), "temperature": temperature}
    export_onnx(model, args.out, temperature, meta)
    print(json.dumps({"out": str(args.out), "val_accuracy": val_acc, "temperature": temperature,
                      "seconds": round(time.perf_counter() - started, 1)}), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    sys.exit(main())
