import logging

log = logging.getLogger(__name__)

client = {{Head}}Client("{{VALUE|dq}}", timeout=30)
log.info("client ready")
