// Object.groupBy (Node >= 21) is used by chevrotain: the shim must load before Langium.
import '@arbejdsevne/language/group-by';
