# syntax=docker/dockerfile:1
# Layer order for a Python service: rarely-changing layers first, application code last.
FROM python:3.12-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# 1. Dependencies: this layer is rebuilt only when requirements.txt changes.
#    The cache mount keeps pip's download cache between builds without storing it in the image.
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r requirements.txt

# 2. Application code: changes on every commit, so it comes last.
COPY app/ ./app/

RUN useradd --system --uid 10001 --no-create-home app
USER 10001

CMD ["python", "-m", "app"]
