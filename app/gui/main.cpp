#include "ui/guiapplication.h"

int main(int argc, char **argv)
{
    return CarScout::Ui::runGui(argc, argv);
}
