from .exports import export

__all__ = ["export"]
