"""Text utilities shared by the stages that need them without their heavier dependencies
(the store, the knowledge base): transliteration and folding in `vesnik.text.translit`."""
