"""The microphone pipeline without ROS: 16 kHz audio -> VAD segmentation -> per utterance a voice
cue and a transcript, delivered through callbacks.

``push()`` runs the VAD on the caller's thread (about 0.1 ms per 32 ms chunk). A finished
utterance goes to two workers with bounded queues (``workers.BoundedWorker``): one computes the
voice cue (fast, so it never waits behind recognition) and one runs ASR. When a queue is full the oldest waiting
utterance is dropped (``on_drop``), or, with ``block=True`` (a file read as fast as possible),
``push()`` waits for room instead.

Early ASR (``early_asr``): once a pause is ``speech_pad_s`` long, the audio the utterance will have
if it ends there is already known exactly, so recognition starts then instead of after
``min_silence_s``. When the utterance does end there, that result is the final transcript
(published as soon as both are done); when the speech resumes, it is discarded.

Predictive end of turn (``endpointing: predictive``, ``perception/turn_taking.py``): the words of that
early recognition set how much silence ends the turn: ``shortest_pause_s`` when they sound finished,
up to ``longest_pause_s`` when they do not ("and then I..."), ``min_silence_s`` until they are known.

A voice head on Whisper encoder states (``VoiceEmotion.uses_whisper``) takes them from the ASR's own
pass over the utterance: its cue is queued once the recognition of that utterance is done (or
failed, or was dropped: then the voice analyzer encodes the utterance itself), so the encoder runs
once per utterance, not twice.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Cue, Transcript
from emoomni_ros.perception.turn_taking import EndOfTurn, TurnTakingConfig
from emoomni_ros.perception.voice import audio
from emoomni_ros.perception.voice.analyzer import VoiceEmotion
from emoomni_ros.perception.voice.asr import AsrError, WhisperAsr
from emoomni_ros.perception.voice.vad import Segmenter, SpeechEnd, SpeechStart, VadConfig
from emoomni_ros.settings import group, setting
from emoomni_ros.workers import BoundedWorker


@dataclass
class PipelineConfig:
    """Segmentation, partial and early recognition, queues; ``MicPipeline.configure`` applies the live
    fields while it runs."""

    vad: VadConfig = group(VadConfig)
    publish_partial: bool = setting(False, "also publish partial transcripts (is_final false) while the user "
                                    "speaks", live=True)
    partial_interval_s: float = setting(1.0, "seconds between partial transcripts", min_value=0.2, max_value=10.0,
                                        live=True)
    queue_depth: int = setting(4, "utterances waiting for the voice cue or ASR; the oldest is dropped when full",
                               min_value=1, max_value=100)
    person_id: str = setting(ANONYMOUS_SPEAKER, "person id of the voice cues and transcripts", live=True)
    block: bool = False  # wait for queue room instead of dropping (offline input; follows the source)
    early_asr: bool = setting(True, "start recognition once a pause is speech_pad_s long, not after min_silence_s "
                              "(the same transcript, sooner: ~0.3 s per turn; discarded if the speech goes on)",
                              live=True)
    turn: TurnTakingConfig = group(TurnTakingConfig)  # fixed or predictive end of turn (needs early_asr)


@dataclass
class _Job:
    utterance_id: str
    start: float
    end: float
    samples: np.ndarray
    ended_at: float  # time.monotonic() when the end was detected
    final: bool = True
    early_key: tuple[int, int] | None = None  # early ASR: (utterance index, the end index it assumes)
    cue_after_asr: bool = False  # the voice cue waits for this recognition's encoder states
    states: np.ndarray | None = None  # the Whisper encoder states handed to the voice cue


@dataclass
class _Early:
    """Early recognition of one utterance, assuming it ends at ``end_index``."""

    end_index: int
    result: object = None  # AsrResult once recognised
    final_job: _Job | None = None  # set when the utterance really ended there
    pause_limit_s: float | None = None  # predictive end of turn: the silence its words call for


def _noop(*_args) -> None:
    return None


class MicPipeline:
    def __init__(self, vad: Callable[[np.ndarray], float], voice: VoiceEmotion, asr: WhisperAsr | None,
                 config: PipelineConfig | None = None, *,
                 on_speaking: Callable[[bool, float], None] = _noop,
                 on_cue: Callable[[Cue, float], None] = _noop,
                 on_transcript: Callable[[Transcript, float], None] = _noop,
                 on_drop: Callable[[str, str], None] = _noop) -> None:
        """Callbacks: on_speaking(speaking, stamp); on_cue(cue, latency_ms from the end's detection);
        on_transcript(transcript, asr real-time factor); on_drop(reason, detail). They run on the
        worker threads and must be thread-safe."""
        self.config = config or PipelineConfig()
        self.segmenter = Segmenter(vad, self.config.vad)
        self.end_of_turn = EndOfTurn(self.config.turn)
        self.voice, self.asr = voice, asr
        self.on_speaking, self.on_cue, self.on_transcript, self.on_drop = on_speaking, on_cue, on_transcript, on_drop
        self._prefix = uuid.uuid4().hex[:8]
        self._cue_worker: BoundedWorker[_Job] | None = None
        self._asr_worker: BoundedWorker[_Job] | None = None
        self._pending = 0  # jobs submitted and not yet handled or dropped
        self._pending_lock = threading.Lock()
        self._lock = threading.Lock()  # push/flush/reset may come from different threads
        self._last_partial = 0.0
        self._early: dict[int, _Early] = {}  # utterance index -> its early recognition
        # Guards _early only. The ASR worker never takes _lock: push() may hold it while it waits
        # for room in the ASR queue (block mode), which only the worker can make.
        self._early_lock = threading.Lock()
        self.utterances = 0
        self.early_used = 0  # final transcripts that came from early recognition
        self.early_discarded = 0  # early recognitions thrown away because the speech went on
        self.turn_decisions = 0  # pauses whose silence the words set (predictive end of turn)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Starts the two workers (voice cue, ASR): bounded queues of ``queue_depth`` utterances."""
        if self._cue_worker is not None:
            return
        depth = self.config.queue_depth
        self._cue_worker = BoundedWorker("voice_cue", self._handled(self._cue), depth,
                                         on_drop=self._dropped("cue"))
        if self.asr is not None:
            self._asr_worker = BoundedWorker("asr", self._handled(self._recognise), depth,
                                             on_drop=self._dropped("asr"))

    def stop(self, timeout: float = 10.0) -> None:
        """Finishes the queued work, then stops the workers."""
        self.wait_idle(timeout)
        for worker in (self._cue_worker, self._asr_worker):
            if worker is not None:
                worker.stop(timeout)
        self._cue_worker = self._asr_worker = None

    def configure(self, config: PipelineConfig) -> None:
        """The live settings (VAD, partial and early recognition, end of turn, person id) from the next
        block on; ``queue_depth`` and ``block`` stay as they were at start."""
        with self._lock:
            self.config = dataclasses.replace(config, queue_depth=self.config.queue_depth, block=self.config.block)
            self.segmenter.configure(config.vad)
            self.end_of_turn.config = config.turn

    def idle(self) -> bool:
        with self._pending_lock:
            return self._pending == 0

    def wait_idle(self, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while not self.idle():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def _count(self, n: int) -> None:
        with self._pending_lock:
            self._pending += n

    def _handled(self, handle: Callable[[_Job], None]) -> Callable[[_Job], None]:
        def run(job: _Job) -> None:
            try:
                handle(job)
            finally:
                self._count(-1)
        return run

    def _dropped(self, what: str) -> Callable[[_Job], None]:
        def drop(job: _Job) -> None:
            self._count(-1)
            self.on_drop(f"{what}_queue_full", f"utterance {job.utterance_id} skipped: {what} is behind")
            self._cue_with(self._final_of(job), None)  # no transcript, but still a voice cue
        return drop

    # -- input ---------------------------------------------------------------------------------

    @property
    def speaking(self) -> bool:
        return self.segmenter.speaking

    def utterance_id(self, index: int) -> str:
        return f"{self._prefix}-{index:04d}"

    def push(self, samples: np.ndarray, stamp: float | None = None) -> None:
        """16 kHz mono float samples; ``stamp`` = time of the first sample (None: continues)."""
        with self._lock:
            self._apply_pause_limit()
            events = self.segmenter.push(samples, stamp)
            ready = self._dispatch(events)
            if self.asr is not None and self.segmenter.speaking:
                if self.config.early_asr:
                    self._maybe_early()
                if self.config.publish_partial:
                    self._maybe_partial()
        self._deliver(ready)

    def flush(self) -> None:
        """End of input: closes an utterance in progress."""
        with self._lock:
            ready = self._dispatch(self.segmenter.flush())
        self._deliver(ready)

    def reset(self) -> None:
        """Discards an utterance in progress (the robot started speaking); says speaking=False."""
        with self._lock:
            was = self.segmenter.speaking
            self.segmenter.reset()
            with self._early_lock:
                self._early.clear()
            if was:
                self.on_speaking(False, self.segmenter.now)
                self.on_drop("interrupted", "utterance discarded: the robot started speaking")

    def _dispatch(self, events: list) -> list[tuple[_Job, object]]:
        """Handles the segmenter's events; returns (job, ASR result) pairs whose early recognition
        is already done, to be delivered outside the lock."""
        ready = []
        for event in events:
            if isinstance(event, SpeechStart):
                self._last_partial = time.monotonic()
                self.on_speaking(True, event.start)
            elif isinstance(event, SpeechEnd):
                self.utterances += 1
                self.on_speaking(False, event.end)
                job = _Job(self.utterance_id(event.utterance_index), event.start, event.end, event.samples,
                           time.monotonic(), cue_after_asr=self.cue_uses_asr)
                if not job.cue_after_asr:
                    self._submit(self._cue_worker, job)
                with self._early_lock:
                    early = self._early.pop(event.utterance_index, None)
                    covered = early is not None and early.end_index == event.end_index  # the same samples
                    if early is not None and not covered and early.result is not None:
                        self.early_discarded += 1  # recognised at a pause the speech went on from
                    if covered and early.result is not None:
                        ready.append((job, early.result))
                    elif covered:  # still recognising: the ASR worker delivers it
                        early.final_job = job
                        self._early[event.utterance_index] = early
                if covered and early.result is not None:
                    self._cue_with(job, early.result)
                if not covered and self.asr is not None:
                    self._submit(self._asr_worker, job)
        return ready

    @property
    def cue_uses_asr(self) -> bool:
        """The voice head reads Whisper encoder states and the ASR computes them anyway."""
        return self.asr is not None and getattr(self.voice, "uses_whisper", False)

    def _final_of(self, job: _Job) -> _Job:
        """The utterance's final job when ``job`` is the early recognition it was waiting for."""
        if job.early_key is None:
            return job
        index, end_index = job.early_key
        with self._early_lock:
            early = self._early.get(index)
            final = early.final_job if early is not None and early.end_index == end_index else None
        return final or job

    def _cue_with(self, job: _Job, result, wait: bool = False) -> None:
        """Queues the voice cue of a job that waited for its recognition (``result``: the AsrResult,
        or None when there is none: the analyzer then encodes the utterance itself). ``wait``: the
        ASR worker waits for room (recognitions finish in bursts; the cue worker never waits for it)."""
        if job.cue_after_asr:
            job.cue_after_asr = False
            self._submit(self._cue_worker, dataclasses.replace(job, states=getattr(result, "encoder_states", None)),
                         wait=wait)

    def _apply_pause_limit(self) -> None:
        """Predictive end of turn: hands the segmenter the silence the words of the current pause
        call for, once their early recognition is done (the ASR worker never touches the segmenter)."""
        with self._early_lock:
            early = self._early.get(self.segmenter.next_index)
            limit = None if early is None or early.final_job is not None else early.pause_limit_s
        if limit is not None:
            self.segmenter.set_pause_limit(early.end_index, limit)

    def _maybe_early(self) -> None:
        end_index = self.segmenter.provisional_end()
        if end_index is None:
            return
        index = self.segmenter.next_index
        with self._early_lock:
            early = self._early.get(index)
        if early is not None and early.end_index == end_index:
            return  # this pause is being recognised already
        if early is not None and early.result is not None:  # an earlier pause's words: the speech went on
            self.early_discarded += 1  # (one still being recognised is counted by _early_done)
        job = _Job(self.utterance_id(index), self.segmenter.current_start, self.segmenter.time_of(end_index),
                   self.segmenter.utterance_samples(end_index), time.monotonic(), early_key=(index, end_index))
        if not self._try_submit(self._asr_worker, job):  # recognition is behind: the end takes the normal path
            return
        with self._early_lock:
            self._early[index] = _Early(end_index)

    def _deliver(self, ready: list[tuple[_Job, object]]) -> None:
        for job, result in ready:
            self.early_used += 1
            self._publish_transcript(job, result)

    def _maybe_partial(self) -> None:
        now = time.monotonic()
        if now - self._last_partial < self.config.partial_interval_s or \
                (self._asr_worker is not None and self._asr_worker.waiting):
            return
        self._last_partial = now
        samples = self.segmenter.current_audio()
        if samples.size:
            job = _Job(self.utterance_id(self.segmenter.next_index), self.segmenter.current_start,
                       self.segmenter.now, samples, now, final=False)
            self._try_submit(self._asr_worker, job)

    def _submit(self, worker: BoundedWorker[_Job] | None, job: _Job, wait: bool = False) -> None:
        """Queues a job; a full queue drops its oldest (``on_drop``) or, with ``block`` (or ``wait``),
        waits for room."""
        if worker is None:
            raise RuntimeError("MicPipeline.start() was not called")
        self._count(1)
        worker.submit(job, block=wait or self.config.block)

    def _try_submit(self, worker: BoundedWorker[_Job] | None, job: _Job) -> bool:
        """Queues a job only when there is room (partial and early recognition never push out an
        utterance). Only push() submits, under _lock, so the room cannot shrink in between."""
        if worker is None or worker.waiting >= self.config.queue_depth:
            return False
        self._count(1)
        worker.submit(job)
        return True

    # -- workers -------------------------------------------------------------------------------

    def _cue(self, job: _Job) -> None:
        try:
            result = self.voice.analyze(job.samples, audio.TARGET_RATE, start=job.start, end=job.end,
                                        utterance_id=job.utterance_id, person_id=self.config.person_id,
                                        encoder_states=job.states)
            self.on_cue(result.cue, 1000.0 * (time.monotonic() - job.ended_at))
        except audio.AudioError as exc:
            self.on_drop("bad_audio", f"voice cue of {job.utterance_id}: {exc}")
        except Exception as exc:  # a bug in one utterance must not stop the worker
            self.on_drop("voice_error", f"{job.utterance_id}: {type(exc).__name__}: {exc}")

    def _recognise(self, job: _Job) -> None:
        assert self.asr is not None
        result = None
        try:
            result = self.asr.transcribe(job.samples)
            if job.early_key is not None:
                self._early_done(job, result)
            else:
                self._cue_with(job, result, wait=True)  # first: the reasoner waits for both
                self._publish_transcript(job, result)
        except AsrError as exc:
            self.on_drop("asr_error", f"{job.utterance_id}: {exc}")
        except Exception as exc:
            self.on_drop("asr_error", f"{job.utterance_id}: {type(exc).__name__}: {exc}")
        finally:
            self._cue_with(self._final_of(job), result, wait=True)  # failed or early: a no-op once queued

    def _early_done(self, job: _Job, result) -> None:
        index, end_index = job.early_key
        with self._early_lock:
            early = self._early.get(index)
            if early is None or early.end_index != end_index:  # the speech went on
                self.early_discarded += 1
                return
            if early.final_job is None:  # the pause may still turn into an utterance end
                early.result = result
                if self.end_of_turn.predictive:
                    early.pause_limit_s = self.end_of_turn.pause_needed_s(result.text, self.config.vad.min_silence_s)
                    self.turn_decisions += 1
                return
            del self._early[index]
            final = early.final_job
        self.early_used += 1
        self._cue_with(final, result, wait=True)
        self._publish_transcript(final, result)

    def _publish_transcript(self, job: _Job, result) -> None:
        transcript = Transcript(text=result.text, utterance_id=job.utterance_id, is_final=job.final,
                                confidence=result.confidence, language=result.language or "en",
                                person_id=self.config.person_id, window_start=job.start, window_end=job.end)
        self.on_transcript(transcript, result.real_time_factor)
