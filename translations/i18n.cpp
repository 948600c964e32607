// The translations library holds only resources; this unit gives it a body.
namespace vigie::i18n {
int translationsLinked = 1;
}
