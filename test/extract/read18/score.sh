#!/usr/bin/env bash
# score.sh: the blind measurement of issue 16 for helper read18's texts (test/extract/read18/):
# test/blind/score.sh on this folder (the same measures, test/blind/score_batch.sql), on
# texts labelled by hand before anything ran on them.  A report, not a test stage.
#   PG_PRIVATE=... bash test/extract/read18/score.sh     (BLIND_DETAIL=1 for every miss)
exec bash "$(dirname "$0")/../../blind/score.sh" test/extract/read18
