"""Voice: microphone audio to utterances, transcripts and the emotion of the voice (audio I/O, VAD, echo
gate, ASR, prosody, the voice emotion head, and the pipeline that ties them)."""
